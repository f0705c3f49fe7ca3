// Every way a request can fail, in one catalogue. Pure: the server throws these, the boundary
// (lib/http.ts apiRoute) turns them into a status and a message, and server actions and pages
// read the same messages (messageOf) instead of restating them. Client components read only the
// rows in lib/client-failures.ts (part of this catalogue), so the browser does not download it all.
//
// A key names one failure. Its wire code is the key, unless `code` says otherwise: a few
// failures share a generic code (NOT_FOUND, RATE_LIMITED, FORBIDDEN) the API has always
// answered with, while their messages name what was not found or refused.

import { CLIENT_FAILURES, type FailureEntry } from "@/lib/client-failures";

const FAILURES = {
  // ── also named by the browser itself: SERVICE_UNAVAILABLE, NETWORK, ALREADY_CLAIMED ──
  ...CLIENT_FAILURES,

  // ── any request ─────────────────────────────────────────────────────────────
  VALIDATION_FAILED: { status: 400, message: "입력한 내용을 확인해 주세요." },
  UNSUPPORTED_CONTENT_TYPE: { status: 400, message: "JSON 형식(Content-Type: application/json)으로 보내 주세요." },
  INVALID_JSON: { status: 400, message: "요청 본문이 올바른 JSON이 아니에요." },
  INVALID_ENCODING: { status: 400, message: "요청 본문은 UTF-8이어야 해요." },
  BODY_TOO_LARGE: { status: 400, message: "요청 본문이 너무 커요." },
  CROSS_ORIGIN: { status: 403, message: "다른 사이트에서 보낸 요청은 처리할 수 없어요." },
  UNAUTHORIZED: { status: 401, message: "로그인이 필요해요." },
  FORBIDDEN: { status: 403, message: "권한이 없어요." },
  NOT_FOUND: { status: 404, message: "찾을 수 없어요." },
  RATE_LIMITED: { status: 429, message: "요청이 너무 많아요. 잠시 후 다시 시도해 주세요." },
  INTERNAL_ERROR: { status: 500, message: "일시적인 오류가 발생했어요. 잠시 후 다시 시도해 주세요." },

  // ── roles ───────────────────────────────────────────────────────────────────
  MARKETERS_ONLY: { status: 403, code: "FORBIDDEN", message: "마케터만 쓸 수 있어요." },
  OWNERS_ONLY: { status: 403, code: "FORBIDDEN", message: "공방을 운영하는 작가만 볼 수 있어요." },

  // ── things that are not there ───────────────────────────────────────────────
  EVENT_NOT_FOUND: { status: 404, code: "NOT_FOUND", message: "이벤트를 찾을 수 없어요." },
  PRODUCT_NOT_FOUND: { status: 404, code: "NOT_FOUND", message: "작품을 찾을 수 없어요." },
  ATELIER_NOT_FOUND: { status: 404, code: "NOT_FOUND", message: "공방을 찾을 수 없어요." },
  NOT_A_FOLLOWER: { status: 404, code: "NOT_FOUND", message: "이 공방을 팔로우하는 회원이 아니에요." },
  ACCOUNT_GONE: { status: 400, code: "NOT_FOUND", message: "이미 탈퇴한 계정이에요." },

  // ── signup, mail links, passwords ───────────────────────────────────────────
  COMMON_PASSWORD: { status: 400, message: "너무 흔하게 쓰이는 비밀번호예요. 다른 비밀번호를 입력해 주세요." },
  PASSWORD_CONTAINS_EMAIL: { status: 400, message: "비밀번호에 이메일 아이디를 넣을 수 없어요." },
  NICKNAME_TAKEN: { status: 409, message: "이미 사용 중인 닉네임이에요." },
  VERIFY_LINK_USED: { status: 409, code: "ALREADY_VERIFIED", message: "이미 인증된 계정이에요. 로그인해 주세요." },
  VERIFY_LINK_INVALID: { status: 400, code: "TOKEN_INVALID", message: "인증 링크가 만료되었거나 이미 사용되었어요. 인증 메일을 다시 받아 주세요." },
  UNSUBSCRIBE_LINK_INVALID: { status: 400, code: "TOKEN_INVALID", message: "수신거부 링크가 올바르지 않아요. 마이페이지의 회원정보에서 수신 설정을 바꿀 수 있어요." },
  RESET_LINK_INVALID: { status: 400, code: "TOKEN_INVALID", message: "링크가 만료되었거나 이미 사용되었어요. 비밀번호 찾기를 다시 해 주세요." },
  MAIL_COOLDOWN: { status: 429, code: "RATE_LIMITED", message: "메일은 잠시 후에 다시 받을 수 있어요." },
  WRONG_PASSWORD: { status: 400, message: "비밀번호가 맞지 않아요." },
  WRONG_CURRENT_PASSWORD: { status: 400, code: "WRONG_PASSWORD", message: "현재 비밀번호가 맞지 않아요." },
  PASSWORD_LOCKED: { status: 429, code: "RATE_LIMITED", message: "비밀번호를 여러 번 틀렸어요. 잠시 후 다시 시도해 주세요." },
  NO_PASSWORD: { status: 400, message: "카카오로 가입한 계정은 비밀번호 찾기로 비밀번호를 만들 수 있어요." },
  CONFIRMATION_REQUIRED: { status: 400, message: "‘회원 탈퇴’라고 입력해 주세요." },
  ATELIER_OWNER: { status: 409, message: "공방을 운영 중인 계정은 바로 탈퇴할 수 없어요. 고객센터로 문의해 주세요." },
  LAST_LOGIN_METHOD: { status: 409, message: "카카오가 유일한 로그인 방법이라 연결을 해제할 수 없어요. 비밀번호 찾기로 이메일 로그인을 먼저 만들어 주세요." },
  REAUTH_NO_PASSWORD: { status: 400, code: "NO_PASSWORD", message: "비밀번호가 없는 계정이에요. 다시 로그인해 주세요." },

  // ── login and linking Kakao (answered by redirect, not JSON: the codes name them) ──
  LOGIN_INVALID: { status: 401, message: "이메일 또는 비밀번호가 맞지 않아요." },
  LOGIN_UNVERIFIED: { status: 403, message: "이메일 인증을 마치지 않은 계정이에요. 메일함의 인증 링크를 눌러 주세요." },
  LOGIN_LOCKED: { status: 429, code: "RATE_LIMITED", message: "로그인에 여러 번 실패해 잠시 잠겼어요." },
  LOGIN_TOO_MANY: { status: 429, code: "RATE_LIMITED", message: "로그인 시도가 너무 많아요. 잠시 후 다시 시도해 주세요." },
  LOGIN_UNAVAILABLE: { status: 503, code: "SERVICE_UNAVAILABLE", message: "일시적인 문제로 로그인하지 못했어요. 잠시 후 다시 시도해 주세요." },
  KAKAO_SIGNUP_EXPIRED: { status: 400, message: "카카오 가입을 마칠 시간이 지났어요. 카카오 로그인을 다시 해 주세요." },
  KAKAO_TAKEN: { status: 409, message: "이 카카오 계정은 이미 다른 컴공방 계정에 연결되어 있어요." },
  KAKAO_ALREADY_LINKED: { status: 409, message: "이미 다른 카카오 계정이 연결되어 있어요. 먼저 연결을 해제해 주세요." },
  REAUTH_REQUIRED: { status: 403, message: "로그인한 지 5분이 지나 본인 확인이 필요해요. 비밀번호를 다시 입력한 뒤 연결해 주세요." },

  // ── 찜 and follow ───────────────────────────────────────────────────────────
  TOO_FAST: { status: 429, code: "RATE_LIMITED", message: "너무 빠르게 누르고 있어요. 잠시 후 다시 시도해 주세요." },
  OWN_ATELIER: { status: 400, message: "내 공방은 팔로우할 수 없어요." },

  // ── coupon events and claims ────────────────────────────────────────────────
  NOT_OPEN: { status: 403, message: "아직 시작 전이에요. 오픈 시각에 다시 눌러 주세요." },
  EVENT_CLOSED: { status: 403, message: "종료된 이벤트예요." },
  SOLD_OUT: { status: 410, message: "아쉽지만 선착순 마감되었어요." },
  NOT_FOLLOWER: { status: 403, message: "팔로워 전용 쿠폰이에요. 공방을 팔로우하면 받을 수 있어요." },
  EVENT_STARTED: { status: 409, message: "이미 시작했거나 끝난 이벤트는 수정할 수 없어요." },
  EVENT_ALREADY_ENDED: { status: 409, code: "EVENT_CLOSED", message: "이미 끝난 이벤트예요." },
  EVENT_NOT_UPCOMING: { status: 409, message: "오픈 알림은 시작 전인 이벤트에만 신청할 수 있어요." },
  REMINDER_NO_EMAIL: { status: 409, message: "이메일 주소가 없는 계정이라 알림 메일을 보낼 수 없어요. 회원정보에서 이메일을 연결해 주세요." },
  REMINDER_TOO_LATE: { status: 409, message: "곧 열려요! 알림 메일을 보내기엔 늦었어요. 오픈 시각에 이 페이지에서 쿠폰을 받아 주세요." },
  CANCEL_AFTER_OPENING: { status: 409, code: "EVENT_STARTED", message: "이미 시작한 이벤트는 취소할 수 없어요. 조기 종료를 이용해 주세요." },
  CLOSE_BEFORE_OPENING: { status: 409, code: "EVENT_NOT_OPEN", message: "아직 시작 전인 이벤트예요. 조기 종료 대신 취소해 주세요." },
  STARTS_IN_PAST: { status: 400, code: "VALIDATION_FAILED", message: "시작 시각은 지금 이후여야 해요." },

  // ── cart, orders and payment ────────────────────────────────────────────────
  OUT_OF_STOCK: { status: 409, message: "재고가 부족해요." },
  CART_EMPTY: { status: 400, message: "장바구니가 비어 있어요." },
  ORDER_NOT_FOUND: { status: 404, code: "NOT_FOUND", message: "주문을 찾을 수 없어요." },
  COUPON_NOT_FOUND: { status: 404, code: "NOT_FOUND", message: "쿠폰을 찾을 수 없어요." },
  COUPON_NOT_APPLICABLE: { status: 400, message: "이 주문에는 쓸 수 없는 쿠폰이에요." },
  COUPON_UNAVAILABLE: { status: 409, message: "다른 주문에 사용 중이거나 이미 사용한 쿠폰이에요." },
  COUPON_EXPIRED: { status: 409, message: "쿠폰 사용 기간이 지나 결제하지 않았어요. 쿠폰 없이 다시 주문해 주세요." },
  AMOUNT_MISMATCH: { status: 400, message: "결제 금액이 주문 금액과 달라 결제하지 않았어요." },
  ORDER_ALREADY_PAID: { status: 409, message: "이미 결제를 마친 주문이에요." },
  ORDER_NOT_PAYABLE: { status: 409, message: "결제할 수 없는 주문이에요. 취소되었거나 결제 시간이 지났어요." },
  PAYMENT_FAILED: { status: 402, message: "결제에 실패했어요." },
  PAYMENT_PENDING: { status: 503, message: "결제 확인이 늦어지고 있어요. 잠시 후 다시 확인해 주세요." },
  ORDER_NOT_CANCELABLE: { status: 409, message: "이미 취소되었거나 취소할 수 없는 주문이에요." },
} as const satisfies Record<string, FailureEntry>;

export type FailureKey = keyof typeof FAILURES;

/** What a failure carries besides its key: the field it is about, or a time to come back. */
type FailureDetail = {
  /** The form field the message belongs to (the API names it in `fields`). */
  field?: string;
  /** Field messages of a validation failure. */
  fields?: Record<string, string[]>;
  /** For 429 and NOT_OPEN: seconds until trying again makes sense (Retry-After). */
  retryAfterSeconds?: number;
  /** A message more exact than the catalogue's (e.g. naming the seconds left). */
  message?: string;
};

/**
 * The one error domain code throws. It says what went wrong (a catalogue key), never how to
 * answer: the boundary decides the status and the words.
 */
export class DomainError extends Error {
  constructor(
    readonly key: FailureKey,
    readonly detail: FailureDetail = {},
  ) {
    super(detail.message ?? FAILURES[key].message);
    this.name = "DomainError";
  }
}

/** A failure as the API answers it: wire code, status, message, field messages, Retry-After. */
export type Failure = { code: string; status: number; message: string; fields?: Record<string, string[]>; retryAfterSeconds?: number };

export function describeFailure(error: DomainError): Failure {
  const entry: FailureEntry = FAILURES[error.key];
  const { field, fields, retryAfterSeconds } = error.detail;
  return {
    code: entry.code ?? error.key,
    status: entry.status,
    message: error.message,
    ...(fields ? { fields } : field ? { fields: { [field]: [error.message] } } : {}),
    ...(retryAfterSeconds ? { retryAfterSeconds: Math.max(1, Math.ceil(retryAfterSeconds)) } : {}),
  };
}

/** The catalogue's message for a wire code the client received (or a key it knows). */
export function messageOf(key: FailureKey): string {
  return FAILURES[key].message;
}
