import { apiRoute, json, parseQuery } from "@/lib/http";
import { unsubscribe } from "@/lib/mail/unsubscribe";
import { unsubscribeQuerySchema } from "@/lib/validation/mail";

/**
 * RFC 8058 one-click unsubscribe, the target of the List-Unsubscribe header: the signed token is
 * the proof (no cookie, no confirmation); the body mail providers send ("List-Unsubscribe=One-Click")
 * is not needed. Any origin: a webmail page may send it (the token, not a cookie, is the proof).
 * 200 {agreed: false, since}; a tampered token is 400 TOKEN_INVALID.
 */
export const POST = apiRoute(
  async (request) => {
    const { token } = parseQuery(request, unsubscribeQuerySchema);
    return json(await unsubscribe(token));
  },
  { anyOrigin: true },
);
