// 회원정보 → 닉네임 변경 against the real PostgreSQL: nicknames are unique case-insensitively
// (members.nickname_key), and a refused change leaves the member as they were.
import { afterAll, describe, expect, it } from "vitest";
import { changeNickname } from "@/lib/auth/account";
import { db } from "@/lib/db";
import { newMembers, tag } from "@/scripts/test/fixtures";

afterAll(() => db.$disconnect());

const nicknameOf = async (id: string) => db.member.findUniqueOrThrow({ where: { id }, select: { nickname: true, nicknameKey: true } });

describe("changeNickname", () => {
  it("changes the nickname and its key", async () => {
    const [member] = await newMembers(1);
    const wanted = `${tag()}Kim`;
    await changeNickname(member!.id, wanted);
    expect(await nicknameOf(member!.id)).toEqual({ nickname: wanted, nicknameKey: wanted.toLowerCase() });
  });

  it("refuses another member's nickname in any case, with a field message, and changes nothing", async () => {
    const [holder, member] = await newMembers(2);
    const taken = `${tag()}Park`;
    await changeNickname(holder!.id, taken);
    const before = await nicknameOf(member!.id);
    await expect(changeNickname(member!.id, taken.toUpperCase())).rejects.toMatchObject({ key: "NICKNAME_TAKEN", detail: { field: "nickname" }, message: expect.any(String) });
    expect(await nicknameOf(member!.id)).toEqual(before);
  });

  it("lets a member change only the case of their own nickname", async () => {
    const [member] = await newMembers(1);
    const mine = `${tag()}lee`;
    await changeNickname(member!.id, mine);
    await changeNickname(member!.id, mine.toUpperCase());
    expect((await nicknameOf(member!.id)).nickname).toBe(mine.toUpperCase());
  });

  it("lets five members race for one nickname: exactly one gets it", async () => {
    const members = await newMembers(5);
    const wanted = `${tag()}Choi`;
    const results = await Promise.allSettled(members.map((m) => changeNickname(m.id, wanted)));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.filter((r) => r.status === "rejected").map((r) => r.reason)).toEqual(Array(4).fill(expect.objectContaining({ key: "NICKNAME_TAKEN" })));
    expect(await db.member.count({ where: { nicknameKey: wanted.toLowerCase() } })).toBe(1);
  });
});
