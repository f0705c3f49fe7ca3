import { describe, expect, it } from "vitest";
import type { Exchange, FlowResult, FlowRunResult } from "./flows.ts";
import { admissionInversions, answerInversions, launchTable, launchTargets, summariseLaunch, type CouponRow } from "./report-launch.ts";

const ex = (at: number, ms: number, status: number | null, extra: Partial<Exchange> = {}): Exchange => ({ at, ms, status, ...extra });
const row = (id: string, user: string, seq: number, issuedAtMs: number): CouponRow => ({ id, user_id: user, seq, issued_at: new Date(issuedAtMs) });

const START = 1_000_000;
/** Four members, two coupons: m0 and m1 decided at once, m2 queued then issued, m3 queued then sold out. */
function launch(overrides: { flows?: FlowResult[]; rows?: CouponRow[]; admissions?: number[] } = {}) {
  const flows: FlowResult[] = overrides.flows ?? [
    { member: 0, page: ex(10, 20, 200), presses: [ex(30, 40, 201, { couponId: "c0", socketMs: 15 })] },
    { member: 1, page: ex(100, 20, 200), presses: [ex(120, 900, 410)] },
    { member: 2, page: ex(50, 30, 200), presses: [ex(80, 60, 202, { ticket: 2, position: 1, retryAfter: 1 }), ex(1_140, 50, 201, { couponId: "c2" })] },
    { member: 3, page: ex(60, 30, 200), presses: [ex(90, 60, 202, { ticket: 3, position: 2, retryAfter: 1 }), ex(1_150, 40, 410)] },
  ];
  const run: FlowRunResult = { startedAtEpochMs: START, durationMs: 1_300, flows };
  return summariseLaunch({
    run,
    coupons: 2,
    rows: overrides.rows ?? [row("c0", "id0", 1, START + 60), row("c2", "id2", 2, START + 1_180)],
    memberIds: ["id0", "id1", "id2", "id3"],
    admissions: overrides.admissions ?? [1, 2],
    arrivals: 3,
  });
}

describe("the launch scenario's figures", () => {
  it("times the sell-out from the first press and each member's decision from their first press", () => {
    const s = launch();
    expect(s.soldOutSeconds).toBe(1.15); // last row at +1,180 ms, first press at +30 ms
    expect(s.decision).toEqual({ p50: 900, p99: 1_110, max: 1_110 }); // 40, 900, 1,110 (m2), 1,100 (m3)
    expect(s.neverQueued).toEqual({ members: 1, p99: 40 }); // m0; m1's 410 was not capacity free
    expect(s.queued).toEqual({ members: 2, maxPosition: 2 });
  });

  it("counts every claim answer, queued ones included, and page loads apart", () => {
    const s = launch();
    expect(s.claimAnswers).toMatchObject({ count: 6, p99: 900, socketP99: 15, statuses: { 201: 2, 202: 2, 410: 2 } });
    expect(s.pageLoads).toMatchObject({ count: 4, p99: 30 });
    expect(s.longestWaitMs).toBe(900);
    expect(s.correctness).toEqual({ issued: 2, overIssued: 0, duplicates: 0, lost: 0, undersold: 0 });
    expect(launchTargets(s).map((t) => t.pass)).toEqual([true, true, true, true, true]);
  });

  it("treats a member still queued at the end as undecided, not as lost, and a 201 without its row as lost", () => {
    const flows: FlowResult[] = [
      { member: 0, presses: [ex(0, 10, 201, { couponId: "gone" })] },
      { member: 1, presses: [ex(0, 10, 202, { ticket: 1, position: 1, retryAfter: 1 })] },
    ];
    const s = launch({ flows, rows: [], admissions: [] });
    expect(s.undecided).toBe(1);
    expect(s.correctness).toMatchObject({ lost: 1, undersold: 0 });
    expect(s.soldOutSeconds).toBeNull();
    expect(launchTargets(s).find((t) => t.name.includes("undecided"))).toMatchObject({ value: "0 + 0 + 1 + 0 + 1", pass: false });
  });

  it("finds over-issued rows, a member's second coupon, undersold coupons, 5xx and requests without an answer", () => {
    const flows: FlowResult[] = [
      { member: 0, page: ex(0, 5_000, null), presses: [ex(5_000, 10, 201, { couponId: "a" })] },
      { member: 1, presses: [ex(0, 10, 503)] },
      { member: 2, presses: [ex(0, 10, 410)] },
    ];
    const s = launch({ flows, rows: [row("a", "id0", 1, START), row("b", "id0", 3, START)], admissions: [] });
    expect(s.correctness).toMatchObject({ overIssued: 1, duplicates: 1 });
    const undersold = launch({ flows, rows: [row("a", "id0", 1, START)], admissions: [] });
    expect(undersold.correctness.undersold).toBe(1);
    expect(s).toMatchObject({ unanswered: 1, serverErrors: 1, longestWaitMs: 5_000 });
    expect(launchTargets(s)[1]).toMatchObject({ value: "1, 1 (longest wait 5,000 ms)", pass: false });
  });
});

describe("queue inversions", () => {
  it("counts each member admitted before someone who arrived earlier, in the admission record", () => {
    expect(admissionInversions([1, 2, 3, 4])).toBe(0);
    expect(admissionInversions([2, 1, 3])).toBe(1);
    expect(admissionInversions([3, 4, 1, 2, 5])).toBe(2);
    expect(admissionInversions([])).toBe(0);
  });

  it("counts winners whose 202 ticket is later than a ticket told sold out", () => {
    expect(answerInversions([{ ticket: 2, status: 201 }, { ticket: 3, status: 410 }, { ticket: undefined, status: 201 }])).toBe(0);
    expect(answerInversions([{ ticket: 5, status: 201 }, { ticket: 3, status: 410 }, { ticket: 4, status: 201 }])).toBe(2);
  });

  it("fails the target on either record", () => {
    const s = launch({ admissions: [2, 1] });
    expect(launchTargets(s).find((t) => t.name.includes("inversions"))).toMatchObject({ value: "1 + 0", pass: false });
    expect(launchTable(s, "test")).toContain("| queue inversions: admission record, answers | 1 (of 2 admissions, 3 arrivals), 0 |");
  });
});
