// Inputs of the mail links. Pure (zod/mini).
import * as z from "zod/mini";

/** `?token=` of a 수신거부 link: `<member id>.<43-character base64url MAC>` (lib/mail/unsubscribe-token.ts). */
export const unsubscribeQuerySchema = z.object({
  token: z.string({ error: "수신거부 링크에 토큰이 없어요." }).check(z.regex(/^[A-Za-z0-9_-]{1,64}\.[A-Za-z0-9_-]{43}$/, "유효하지 않은 수신거부 링크예요.")),
});
