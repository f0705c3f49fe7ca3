// Parameters shared by many routes. Pure zod.
import { z } from "zod";

/** A positive 32-bit id from a URL segment ("abc", "0", "1e3", "99999999999" are not ids). */
export const idParam = z
  .string()
  .regex(/^[1-9]\d{0,9}$/, "잘못된 번호예요.")
  .transform(Number)
  .refine((n) => n <= 2_147_483_647, "잘못된 번호예요.");
