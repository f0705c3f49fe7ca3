import "server-only";

/**
 * Every Redis key the app uses, in one place. Rules:
 * - a family prefix first, then the identifying parts; nothing is concatenated elsewhere;
 * - secrets (tokens) appear only as their SHA-256, never raw;
 * - every key gets a TTL where it is written, except coupon-event state, which lives as long
 *   as its event (it is given an absolute expiry after the event ends);
 * - the keys of one coupon event share a `{hash tag}` so a Lua script may touch them all
 *   (one slot on a cluster).
 */
export const redisKeys = {
  /**
   * SHA-256 of an email-verification token → member id, signup stamp and the SHA-256 of the
   * signing-up browser's secret (lib/auth/signup-browser.ts). TTL 10 min, single use (GETDEL).
   */
  emailVerification: (tokenHash: string) => `auth:verify:${tokenHash}`,
  /**
   * SHA-256 of a verification token that verified its member → member id, so a second click says
   * "already verified" instead of "invalid". Written only on success (never for unverified
   * members: no enumeration). TTL 1 h.
   */
  usedVerification: (tokenHash: string) => `auth:verify-used:${tokenHash}`,
  /** SHA-256 of a verified signup's one-time sign-in ticket → member id. TTL 60 s, single use (GETDEL). */
  signInTicket: (tokenHash: string) => `auth:signin-ticket:${tokenHash}`,
  /** SHA-256 of a password-reset token → member id. TTL 10 min, single use (GETDEL). */
  passwordReset: (tokenHash: string) => `auth:reset:${tokenHash}`,
  /** Present while a verification mail to this address may not be re-sent. TTL 60 s. */
  verificationCooldown: (emailHash: string) => `auth:verify-cooldown:${emailHash}`,
  /**
   * SHA-256 of a first Kakao login's signup token (its cookie) → the Kakao identity, parked until
   * the person agrees to the terms (lib/auth/kakao-signup.ts). TTL 15 min, single use (GETDEL).
   */
  kakaoSignup: (tokenHash: string) => `auth:kakao-signup:${tokenHash}`,
  /** A logged-out session id. TTL = the session's remaining lifetime. */
  revokedSession: (sessionId: string) => `auth:revoked:${sessionId}`,
  /** Sorted set of a member's live session ids, scored by expiry (ms). TTL = the last expiry. */
  memberSessions: (memberId: string) => `auth:sessions:${memberId}`,
  /** Present while a session counts as freshly authenticated (password re-entered). TTL 5 min. */
  reauthenticated: (sessionId: string) => `auth:reauth:${sessionId}`,
  /**
   * Hash of wrong passwords against one account (lib/auth/password-failures.ts): per source
   * (a hashed client address for login, "session" for 마이페이지) `<source>` → failures and
   * `<source>:until` → locked until (Redis ms). TTL 1 h from the last failure.
   */
  passwordFailures: (scope: "login" | "member", id: string) => `rl:pw-fail:${scope}:${id}`,
  /** Prefixes for @upstash/ratelimit, which appends its own window keys (all with TTL). */
  rateLimit: {
    loginByIp: "rl:login:ip",
    signupByIp: "rl:signup:ip",
    verificationMailsByAddress: "rl:verify-mail:address",
    passwordResetByAddress: "rl:reset-mail:address",
    mutationsByMember: "rl:mutate:member",
  },
  couponEvent: (eventId: number) => {
    const tag = `{coupon:${eventId}}`;
    return {
      /** Hash: window, total, issued (next seq), status flags. */
      state: `${tag}:state`,
      /** Set of member ids holding a coupon of this event. */
      claimants: `${tag}:claimants`,
      /** List of slot numbers given back by failed writes, handed out before new ones. */
      freeSlots: `${tag}:free-slots`,
      /** Hash: unix second → claim attempts, for the live claims-per-second view. */
      attemptsPerSecond: `${tag}:attempts`,
      /** Claim attempts of one member / one hashed client address in the current window
       *  (counted by the claim script). TTL: the window, set by the first attempt in it. In the
       *  rate-limit family (rl:), yet in the event's slot: the hash tag is the key's first {…}. */
      claimsByMember: (memberId: string) => `rl:${tag}:claims:member:${memberId}`,
      claimsByAddress: (addressHash: string) => `rl:${tag}:claims:address:${addressHash}`,
      /*
       * The waiting room (the claim script, lib/coupons/lua-scripts.ts). TTL: the state's, given by
       * the script when it creates each key. A rebuild drops line, seen and admitted (their slots
       * belonged to the copy it replaces); arrivals and admissions are the record, kept.
       */
      /** Sorted set: member id → arrival ticket, for members waiting to be admitted. */
      line: `${tag}:line`,
      /** Sorted set: member id → last claim attempt (Redis ms), for members in line or admitted. */
      seen: `${tag}:seen`,
      /** Hash: member id → "slot:ticket", the slot held for an admitted member until they return. */
      admitted: `${tag}:admitted`,
      /** Counter: the last arrival ticket handed out. */
      arrivals: `${tag}:arrivals`,
      /** List: arrival tickets in the order their members were admitted (the order a bench checks). */
      admissions: `${tag}:admissions`,
      /** Staging keys a rebuild fills before publishing them atomically. TTL 60 s. */
      staging: (nonce: string) => ({
        claimants: `${tag}:staging:${nonce}:claimants`,
        freeSlots: `${tag}:staging:${nonce}:free-slots`,
      }),
    };
  },
} as const;
