// Vitest global setup. Under `npm test` the stack is already up (TEST_STACK=1 in the
// environment); a bare `npx vitest` starts one for itself and stops it afterwards.
import { startTestStack } from "./stack.ts";

export default async function setup(): Promise<(() => Promise<void>) | void> {
  if (process.env.TEST_STACK === "1") return;
  const stack = await startTestStack();
  Object.assign(process.env, stack.env);
  return () => stack.stop();
}
