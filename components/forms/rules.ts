// A form's validation rules (lib/validation/), fetched when the visitor first turns to the form
// instead of with the page. zod, even zod/mini, is some 20 kB of gzipped script: more than the
// rest of a form page's own code, and more than the 145 kB First Load JS budget leaves a page
// after React, Next.js and the layout (issue #14). Nothing needs it before the first submit.
// import() loads a module once per page; asking again costs nothing. A form turns busy before it
// waits for them (as it did before sending), so a second click cannot send twice meanwhile.
import { CLIENT_FAILURES } from "@/lib/client-failures";

/** The module, or the message a failed request shows (the page went offline), as callApi answers. */
export async function loadRules<T>(importer: () => Promise<T>): Promise<{ ok: true; rules: T } | { ok: false; message: string }> {
  try {
    return { ok: true, rules: await importer() };
  } catch {
    return { ok: false, message: CLIENT_FAILURES.NETWORK.message };
  }
}
