// The catalogue's rows that the browser names without asking the server: no answer came, an
// answer not in our shape, a state the page already knows. lib/errors.ts spreads them into the
// one catalogue; they live apart so client code carries these few rows, not every message.

/** One row of the failure catalogue: the status it answers with and its Korean message. */
export type FailureEntry = { status: number; message: string; code?: string };

export const CLIENT_FAILURES = {
  SERVICE_UNAVAILABLE: { status: 503, message: "잠시 후 다시 시도해 주세요." },
  NETWORK: { status: 0, message: "인터넷 연결을 확인해 주세요." },
  ALREADY_CLAIMED: { status: 409, message: "이미 받은 쿠폰이에요." },
} as const satisfies Record<string, FailureEntry>;
