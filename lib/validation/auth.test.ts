import { describe, expect, it } from "vitest";
import { isCommonPassword } from "@/lib/auth/password-policy";
import { kakaoSignupSchema, signupSchema } from "@/lib/validation/auth";

const agreements = { terms: true, privacy: true, age14: true };

describe("signup input", () => {
  it("trims and lower-cases the email and normalizes the nickname", () => {
    const parsed = signupSchema.parse({ email: "  Kim@Example.COM ", nickname: " 도자기러버 ", password: "가마에서-구운-2026", agreements });
    // Without a return address the signup comes back to the home page.
    expect(parsed).toEqual({ email: "kim@example.com", nickname: "도자기러버", password: "가마에서-구운-2026", agreements: { ...agreements, marketing: false }, callbackUrl: "/" });
  });

  it("explains each broken rule in Korean", () => {
    const result = signupSchema.safeParse({ email: "nope", nickname: "a", password: "short" });
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(messages).toEqual(expect.arrayContaining(["email: 올바른 이메일 주소를 입력해 주세요.", "nickname: 닉네임은 2자 이상이어야 해요.", "password: 비밀번호는 10자 이상이어야 해요."]));
  });

  it("counts nickname length as people do and refuses symbols", () => {
    expect(signupSchema.safeParse({ email: "a@b.co", nickname: "가".repeat(20), password: "가마에서-구운-2026", agreements }).success).toBe(true);
    expect(signupSchema.safeParse({ email: "a@b.co", nickname: "가".repeat(21), password: "가마에서-구운-2026" }).success).toBe(false);
    expect(signupSchema.safeParse({ email: "a@b.co", nickname: "공방<script>", password: "가마에서-구운-2026" }).success).toBe(false);
  });

  it("refuses passwords containing the email's local part", () => {
    const result = signupSchema.safeParse({ email: "dojagi@example.com", nickname: "도자기", password: "my-dojagi-2026", agreements });
    expect(result.error?.issues[0]?.message).toBe("비밀번호에 이메일 아이디를 넣을 수 없어요.");
  });

  it("names each required agreement that is missing or false, and takes marketing as optional", () => {
    const messagesOf = (value: unknown) => kakaoSignupSchema.safeParse(value).error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    const required = ["agreements.terms: 이용약관에 동의해 주세요.", "agreements.privacy: 개인정보 수집·이용에 동의해 주세요.", "agreements.age14: 만 14세 이상만 가입할 수 있어요."];
    expect(messagesOf({})).toEqual(required);
    expect(messagesOf({ agreements: { terms: false, privacy: false, age14: false, marketing: true } })).toEqual(required);
    expect(messagesOf({ agreements: { ...agreements, terms: "true" } })).toEqual([required[0]]);
    expect(messagesOf({ agreements: { ...agreements, marketing: "yes" } })).toEqual(["agreements.marketing: 광고성 정보 수신 여부는 true 또는 false예요."]);
    expect(kakaoSignupSchema.parse({ agreements }).agreements.marketing).toBe(false);
    expect(kakaoSignupSchema.parse({ agreements: { ...agreements, marketing: true } }).agreements.marketing).toBe(true);
  });

  it("knows common passwords of the minimum length, case-insensitively", () => {
    expect(isCommonPassword("qwertyuiop")).toBe(true);
    expect(isCommonPassword("Password123")).toBe(true);
    expect(isCommonPassword("가마에서-구운-2026")).toBe(false);
  });
});
