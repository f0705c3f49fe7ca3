import { describe, expect, it } from "vitest";
import { isCommonPassword } from "@/lib/auth/password-policy";
import { signupSchema } from "@/lib/validation/auth";

describe("signup input", () => {
  it("trims and lower-cases the email and normalizes the nickname", () => {
    const parsed = signupSchema.parse({ email: "  Kim@Example.COM ", nickname: " 도자기러버 ", password: "가마에서-구운-2026" });
    expect(parsed).toEqual({ email: "kim@example.com", nickname: "도자기러버", password: "가마에서-구운-2026" });
  });

  it("explains each broken rule in Korean", () => {
    const result = signupSchema.safeParse({ email: "nope", nickname: "a", password: "short" });
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(messages).toEqual(expect.arrayContaining(["email: 올바른 이메일 주소를 입력해 주세요.", "nickname: 닉네임은 2자 이상이어야 해요.", "password: 비밀번호는 10자 이상이어야 해요."]));
  });

  it("counts nickname length as people do and refuses symbols", () => {
    expect(signupSchema.safeParse({ email: "a@b.co", nickname: "가".repeat(20), password: "가마에서-구운-2026" }).success).toBe(true);
    expect(signupSchema.safeParse({ email: "a@b.co", nickname: "가".repeat(21), password: "가마에서-구운-2026" }).success).toBe(false);
    expect(signupSchema.safeParse({ email: "a@b.co", nickname: "공방<script>", password: "가마에서-구운-2026" }).success).toBe(false);
  });

  it("refuses passwords containing the email's local part", () => {
    const result = signupSchema.safeParse({ email: "dojagi@example.com", nickname: "도자기", password: "my-dojagi-2026" });
    expect(result.error?.issues[0]?.message).toBe("비밀번호에 이메일 아이디를 넣을 수 없어요.");
  });

  it("knows common passwords of the minimum length, case-insensitively", () => {
    expect(isCommonPassword("qwertyuiop")).toBe(true);
    expect(isCommonPassword("Password123")).toBe(true);
    expect(isCommonPassword("가마에서-구운-2026")).toBe(false);
  });
});
