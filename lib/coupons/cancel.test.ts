// 취소 before opening, 조기 종료 after: which one an event takes, what it becomes, and that a
// cancelled event refuses claims like a closed one, against the real PostgreSQL and Redis.
import { afterAll, describe, expect, it } from "vitest";
import { claimCoupon } from "@/lib/coupons/claim";
import { cancelEvent, closeEvent } from "@/lib/coupons/events";
import { phaseOfRow } from "@/lib/coupons/phase";
import { liveState, loadState } from "@/lib/coupons/state";
import { db } from "@/lib/db";
import { newAtelier, newMembers } from "@/scripts/test/fixtures";

afterAll(() => db.$disconnect());

const HOUR = 3_600_000;
const marketer = { kind: "marketer" as const, memberId: "unused" };

async function event(startsInMs: number, atelierId: number | null = null): Promise<number> {
  const startsAt = new Date(Date.now() + startsInMs);
  const row = await db.couponEvent.create({
    data: { title: "취소 테스트", discountType: "AMOUNT", discountValue: 1000, totalQuantity: 5, validDays: 7, atelierId, startsAt, endsAt: new Date(startsAt.getTime() + HOUR) },
  });
  await loadState(row.id);
  return row.id;
}

describe("cancelEvent", () => {
  it("cancels an event before it opens: CANCELED in PostgreSQL and in the live state, and claims are refused as closed", async () => {
    const id = await event(HOUR);
    const canceled = await cancelEvent(id, marketer);
    expect(phaseOfRow(canceled, 0)).toBe("CANCELED");
    expect(await liveState(id)).toMatchObject({ status: "CANCELED" });
    const [member] = await newMembers(1);
    await expect(claimCoupon(id, member!.id, "198.51.100.60")).rejects.toMatchObject({ key: "EVENT_CLOSED" });
  });

  it("is idempotent: a second cancel answers the same event and moves nothing", async () => {
    const id = await event(HOUR);
    const first = await cancelEvent(id, marketer);
    const second = await cancelEvent(id, marketer);
    expect(second.closedAt).toEqual(first.closedAt);
    expect(phaseOfRow(second, 0)).toBe("CANCELED");
  });

  it("refuses once the event opened (CANCEL_AFTER_OPENING) and changes nothing", async () => {
    const id = await event(-1000);
    await expect(cancelEvent(id, marketer)).rejects.toMatchObject({ key: "CANCEL_AFTER_OPENING" });
    expect((await db.couponEvent.findUniqueOrThrow({ where: { id } })).closedAt).toBeNull();
    expect(await liveState(id)).toMatchObject({ status: "OPEN" });
  });

  it("does not find another scope's event (an atelier's follower coupon is not the marketer's)", async () => {
    const atelier = await newAtelier();
    const id = await event(HOUR, atelier.id);
    await expect(cancelEvent(id, marketer)).rejects.toMatchObject({ key: "EVENT_NOT_FOUND" });
  });
});

describe("closeEvent", () => {
  it("refuses an event that has not opened (CLOSE_BEFORE_OPENING): it is cancelled instead", async () => {
    const id = await event(HOUR);
    await expect(closeEvent(id, marketer)).rejects.toMatchObject({ key: "CLOSE_BEFORE_OPENING" });
  });

  it("closes an open event early: CLOSED, not CANCELED; a cancelled one cannot be closed", async () => {
    const id = await event(-1000);
    expect(phaseOfRow(await closeEvent(id, marketer), 0)).toBe("CLOSED");
    expect(await liveState(id)).toMatchObject({ status: "CLOSED" });
    const canceled = await event(HOUR);
    await cancelEvent(canceled, marketer);
    await expect(closeEvent(canceled, marketer)).rejects.toMatchObject({ key: "EVENT_ALREADY_ENDED" });
  });
});
