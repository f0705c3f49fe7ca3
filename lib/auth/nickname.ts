import "server-only";
import { randomInt } from "node:crypto";
import { db } from "@/lib/db";

/** The case-insensitive key nicknames are unique by. */
export function nicknameKey(nickname: string): string {
  return nickname.normalize("NFC").toLowerCase();
}

/**
 * A nickname for a member who did not choose one (Kakao): the given name with anything our
 * rules forbid removed, made unique with a number if it is taken.
 */
export async function availableNickname(wanted: string | null | undefined): Promise<string> {
  const cleaned = [...(wanted ?? "").normalize("NFC").replace(/[^\p{Script=Hangul}A-Za-z0-9_.-]/gu, "")].slice(0, 15).join("");
  const base = cleaned.length >= 2 ? cleaned : "카카오회원";
  for (let attempt = 0; attempt < 20; attempt++) {
    const candidate = attempt === 0 && cleaned.length >= 2 ? base : `${base}${randomInt(1000, 100_000)}`;
    const taken = await db.member.findUnique({ where: { nicknameKey: nicknameKey(candidate) }, select: { id: true } });
    if (!taken) return candidate;
  }
  return `${base}${Date.now().toString(36)}`;
}
