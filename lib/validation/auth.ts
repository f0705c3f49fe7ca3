// Account input rules, shared by the forms (instant Korean messages; they load this module when
// the visitor turns to them, components/forms/rules.ts) and the route handlers (the real check).
// zod/mini, pure: no server imports. The common-password list is checked on the server only
// (lib/auth/password-policy.ts).
import * as z from "zod/mini";
import { safeCallbackUrl } from "@/lib/callback-url";
import { DELETE_CONFIRMATION, PASSWORD_MAX, PASSWORD_MIN } from "@/lib/validation/auth-constants";

export const emailSchema = z.pipe(
  z.string({ error: "이메일을 입력해 주세요." }).check(z.trim(), z.toLowerCase(), z.minLength(1, "이메일을 입력해 주세요."), z.maxLength(254, "이메일이 너무 길어요.")),
  z.email({ pattern: z.regexes.rfc5322Email, error: "올바른 이메일 주소를 입력해 주세요." }),
);

/** 2–20 characters (counted as a person would: 한 = 1), Korean, letters, digits, _ . - */
const nicknameSchema = z.pipe(
  z.pipe(
    z.string({ error: "닉네임을 입력해 주세요." }),
    z.transform((s: string) => s.normalize("NFC").trim()),
  ),
  z.string().check(
    z.refine((s) => [...s].length >= 2, "닉네임은 2자 이상이어야 해요."),
    z.refine((s) => [...s].length <= 20, "닉네임은 20자까지 쓸 수 있어요."),
    z.refine((s) => /^[\p{Script=Hangul}A-Za-z0-9_.-]*$/u.test(s), "닉네임에는 한글, 영문, 숫자와 _ . - 만 쓸 수 있어요."),
  ),
);

const passwordSchema = z
  .string({ error: "비밀번호를 입력해 주세요." })
  .check(z.minLength(PASSWORD_MIN, `비밀번호는 ${PASSWORD_MIN}자 이상이어야 해요.`), z.maxLength(PASSWORD_MAX, `비밀번호는 ${PASSWORD_MAX}자까지 쓸 수 있어요.`));

/** A password typed to prove who one is (login, re-authentication): any length up to the cap. */
const typedPasswordSchema = z
  .string({ error: "비밀번호를 입력해 주세요." })
  .check(z.minLength(1, "비밀번호를 입력해 주세요."), z.maxLength(PASSWORD_MAX, "비밀번호가 너무 길어요."));

/** Whether the password contains the email's local part (a guessable password). */
export function containsEmailLocalPart(password: string, email: string): boolean {
  const local = email.split("@")[0]?.toLowerCase() ?? "";
  return local.length >= 3 && password.toLowerCase().includes(local);
}

const noEmailInPassword = z.refine<{ email: string; password: string }>((v) => !containsEmailLocalPart(v.password, v.email), {
  path: ["password"],
  message: "비밀번호에 이메일 아이디를 넣을 수 없어요.",
});
const confirmed = z.refine<{ password: string; passwordConfirm: string }>((v) => v.password === v.passwordConfirm, {
  path: ["passwordConfirm"],
  message: "비밀번호가 서로 달라요.",
});

/**
 * The signup agreements: 이용약관, 개인정보 수집·이용 and 만 14세 이상 must be true, 광고성 정보
 * 수신 is optional (false when left out). A missing `agreements` is read as {} (prefault), so each
 * required one is named in `fields` as `agreements.terms`, `agreements.privacy`, `agreements.age14`.
 */
const agreementsObject = z.object({
  terms: z.literal(true, "이용약관에 동의해 주세요."),
  privacy: z.literal(true, "개인정보 수집·이용에 동의해 주세요."),
  age14: z.literal(true, "만 14세 이상만 가입할 수 있어요."),
  marketing: z._default(z.boolean("광고성 정보 수신 여부는 true 또는 false예요."), false),
});
// {} is not a valid input, and that is the point: a prefault is parsed like one.
export const agreementsSchema = z.prefault(agreementsObject, {} as z.input<typeof agreementsObject>);
export type Agreements = z.output<typeof agreementsSchema>;

/**
 * Where a signup (and its mailed link) returns to: any string is taken, and anything but a path
 * of this site becomes "/" (lib/callback-url.ts), as on the login page; absent is "/".
 */
const callbackUrlField = z.pipe(z._default(z.string(), "/"), z.transform((value: string) => safeCallbackUrl(value)));

export const signupSchema = z
  .object({ email: emailSchema, nickname: nicknameSchema, password: passwordSchema, agreements: agreementsSchema, callbackUrl: callbackUrlField })
  .check(noEmailInPassword);

/** The signup form also asks for the password twice; the API does not. */
export const signupFormSchema = z
  .object({ email: emailSchema, nickname: nicknameSchema, password: passwordSchema, passwordConfirm: z.string(), agreements: agreementsSchema })
  .check(confirmed, noEmailInPassword);

/** The Kakao consent step (/signup/kakao): the same agreements, nothing else to type. */
export const kakaoSignupSchema = z.object({ agreements: agreementsSchema });

/** 마이페이지 → 회원정보: the optional 광고성 정보 수신 consent, changed at any time. */
export const marketingConsentSchema = z.object({ agreed: z.boolean("동의 여부는 true 또는 false예요.") });

export const loginSchema = z.object({ email: emailSchema, password: typedPasswordSchema });

export const emailOnlySchema = z.object({ email: emailSchema });

/** Resending the verification mail: the address, and where its link returns to. */
export const resendVerificationSchema = z.object({ email: emailSchema, callbackUrl: callbackUrlField });

/** Email and password-reset tokens: 32 random bytes, base64url (43 characters). */
export const tokenSchema = z.object({
  token: z.string({ error: "토큰이 없어요." }).check(z.regex(/^[A-Za-z0-9_-]{43}$/, "유효하지 않은 링크예요.")),
});

/** `unlinkKakao`: the reset also removes the Kakao login (offered when one is linked). */
export const passwordResetSchema = z
  .object({ token: tokenSchema.shape.token, password: passwordSchema, passwordConfirm: z.string(), unlinkKakao: z._default(z.boolean(), false) })
  .check(confirmed);

export const passwordChangeSchema = z
  .object({
    currentPassword: z.string().check(z.minLength(1, "현재 비밀번호를 입력해 주세요."), z.maxLength(PASSWORD_MAX)),
    password: passwordSchema,
    passwordConfirm: z.string(),
  })
  .check(
    confirmed,
    z.refine((v) => v.password !== v.currentPassword, { path: ["password"], message: "지금 쓰는 비밀번호와 다른 비밀번호를 입력해 주세요." }),
  );

export const profileSchema = z.object({ nickname: nicknameSchema });

/** The password re-entered to prove the person before linking a login method. */
export const reauthSchema = z.object({ password: typedPasswordSchema });

export const deleteAccountSchema = z.union([
  z.object({ password: z.string().check(z.minLength(1, "비밀번호를 입력해 주세요."), z.maxLength(PASSWORD_MAX)) }),
  z.object({ confirmation: z.literal(DELETE_CONFIRMATION, { error: `‘${DELETE_CONFIRMATION}’라고 입력해 주세요.` }) }),
]);
