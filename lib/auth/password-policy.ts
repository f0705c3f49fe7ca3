import "server-only";
import { dictionary } from "@zxcvbn-ts/language-common";

/**
 * Passwords that meet the length rule but are still among the first guesses of any attacker:
 * zxcvbn's list of common passwords (from breach corpora), plus ones a Korean shop's users pick.
 * Only entries of the minimum length or more matter; the rest fail the length rule anyway.
 */
const LOCAL = ["qwer1234!!", "qwer1234!@", "asdf1234!!", "1q2w3e4r!!", "1q2w3e4r5t", "comegongbang", "gongbang123", "gongbang1234", "컴공방1234567"];

let common: Set<string> | undefined;

export function isCommonPassword(password: string): boolean {
  common ??= new Set([...dictionary["passwords-common"], ...LOCAL].filter((p) => p.length >= 10).map((p) => p.toLowerCase()));
  return common.has(password.toLowerCase());
}
