// Where scripts/test/serve.ts leaves the environment of the stack it keeps running, for
// scripts/test/one.ts to run single specs against (one file per TEST_SLOT).
import path from "node:path";
import { ROOT } from "../lib/local-env.ts";

export const testEnvFile = path.join(ROOT, `.test-env-${process.env.TEST_SLOT ?? 0}.json`);
