// The launch scenario's figures (issue #15 item 6), from what the members were answered, the
// coupons rows and the server's admission record; pure, so its rules are unit-tested
// (report-launch.test.ts).
import { percentile, round } from "./load.ts";
import { isDecided, type Exchange, type FlowRunResult } from "./flows.ts";
import type { Target } from "./target.ts";

export type CouponRow = { id: string; user_id: string | null; seq: number; issued_at: Date };

export type LaunchSummary = {
  members: number;
  coupons: number;
  /** First press to the last coupon's row (its issued_at); null when not sold out. */
  soldOutSeconds: number | null;
  /** First press → decided answer (201/409/410/403…), over the members decided. */
  decision: { p50: number; p99: number; max: number };
  /** Members never queued (arrived while capacity was free: their first press answered 201), and
   *  the p99 of their first press → decided. */
  neverQueued: { members: number; p99: number | null };
  /** Every claim answer (201/202/409/410/429…), and every event page load. `socketP99`: of the
   *  claim answers' time, the p99 wait for a socket of the load generator's shared pool. */
  claimAnswers: { count: number; p50: number; p99: number; socketP99: number; statuses: Record<string, number> };
  pageLoads: { count: number; p99: number; statuses: Record<string, number> };
  /** The longest any request (page or claim) waited for its answer, or until given up. */
  longestWaitMs: number;
  unanswered: number;
  serverErrors: number;
  /** Members never decided (stopped at the deadline or on an unanswered request). */
  undecided: number;
  queued: { members: number; maxPosition: number };
  inversions: { admissionRecord: number; answers: number; admitted: number; arrivals: number };
  correctness: { issued: number; overIssued: number; duplicates: number; lost: number; undersold: number };
};

/** Admitted tickets (in admission order) with a smaller ticket admitted after them: each is a
 *  member admitted before someone who arrived earlier. */
export function admissionInversions(tickets: number[]): number {
  let inversions = 0;
  let laterMin = Infinity;
  for (let i = tickets.length - 1; i >= 0; i--) {
    if (tickets[i]! > laterMin) inversions++;
    laterMin = Math.min(laterMin, tickets[i]!);
  }
  return inversions;
}

/** From the answers alone: members who got a coupon although someone holding an earlier ticket
 *  (from a 202 body) was told sold out (410). */
export function answerInversions(members: { ticket: number | undefined; status: number | null }[]): number {
  const earliestRefused = Math.min(...members.filter((m) => m.ticket !== undefined && m.status === 410).map((m) => m.ticket!));
  return members.filter((m) => m.ticket !== undefined && m.status === 201 && m.ticket > earliestRefused).length;
}

function count(statuses: (number | null)[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const s of statuses) out[s ?? "none"] = (out[s ?? "none"] ?? 0) + 1;
  return out;
}

const sortedMs = (xs: number[]) => [...xs].sort((a, b) => a - b);

export function summariseLaunch(input: { run: FlowRunResult; coupons: number; rows: CouponRow[]; memberIds: string[]; admissions: number[]; arrivals: number }): LaunchSummary {
  const { run, coupons, rows } = input;
  const claims: Exchange[] = run.flows.flatMap((f) => f.presses);
  const pages = run.flows.flatMap((f) => (f.page ? [f.page] : []));
  const every = [...claims, ...pages];
  const decisions: number[] = [];
  const neverQueued: number[] = [];
  const finals: { ticket: number | undefined; status: number | null }[] = [];
  const winsPerMember = new Map<string, number>();
  const ids = new Set(rows.map((r) => r.id));
  let lost = 0;
  let undecided = 0;
  let queuedMembers = 0;
  let maxPosition = 0;
  let firstPress = Infinity;
  for (const f of run.flows) {
    const first = f.presses[0];
    const last = f.presses.at(-1);
    if (first) firstPress = Math.min(firstPress, first.at);
    const queuedAnswers = f.presses.filter((p) => p.status === 202);
    if (queuedAnswers.length) queuedMembers++;
    for (const p of queuedAnswers) maxPosition = Math.max(maxPosition, p.position ?? 0);
    if (!first || !last || !isDecided(last.status)) {
      undecided++;
      continue;
    }
    const ms = last.at + last.ms - first.at;
    decisions.push(ms);
    if (first.status === 201) neverQueued.push(ms);
    finals.push({ ticket: queuedAnswers[0]?.ticket, status: last.status });
    if (last.status === 201) {
      const id = input.memberIds[f.member]!;
      winsPerMember.set(id, (winsPerMember.get(id) ?? 0) + 1);
      if (!last.couponId || !ids.has(last.couponId)) lost++;
    }
  }
  const holders = new Set(rows.map((r) => r.user_id));
  const repeatedWins = [...winsPerMember.values()].reduce((n, w) => n + Math.max(0, w - 1), 0);
  const told410 = claims.some((c) => c.status === 410);
  const lastIssued = rows.reduce((t, r) => Math.max(t, r.issued_at.getTime()), -Infinity);
  const soldOut = rows.length >= coupons && Number.isFinite(firstPress);
  const d = sortedMs(decisions);
  const nq = sortedMs(neverQueued);
  const claimMs = sortedMs(claims.filter((c) => c.status !== null).map((c) => c.ms));
  return {
    members: run.flows.length,
    coupons,
    soldOutSeconds: soldOut ? round((lastIssued - (run.startedAtEpochMs + firstPress)) / 1000, 2) : null,
    decision: { p50: round(percentile(d, 50)), p99: round(percentile(d, 99)), max: round(d.at(-1) ?? 0) },
    neverQueued: { members: nq.length, p99: nq.length ? round(percentile(nq, 99)) : null },
    claimAnswers: {
      count: claims.length,
      p50: round(percentile(claimMs, 50)),
      p99: round(percentile(claimMs, 99)),
      socketP99: round(percentile(sortedMs(claims.map((c) => c.socketMs ?? 0)), 99)),
      statuses: count(claims.map((c) => c.status)),
    },
    pageLoads: { count: pages.length, p99: round(percentile(sortedMs(pages.filter((p) => p.status !== null).map((p) => p.ms)), 99)), statuses: count(pages.map((p) => p.status)) },
    longestWaitMs: round(every.reduce((m, e) => Math.max(m, e.ms), 0)),
    unanswered: every.filter((e) => e.status === null).length,
    serverErrors: every.filter((e) => e.status !== null && e.status >= 500).length,
    undecided,
    queued: { members: queuedMembers, maxPosition },
    inversions: { admissionRecord: admissionInversions(input.admissions), answers: answerInversions(finals), admitted: input.admissions.length, arrivals: input.arrivals },
    correctness: {
      issued: rows.length,
      overIssued: Math.max(0, rows.length - coupons) + rows.filter((r) => r.seq < 1 || r.seq > coupons).length,
      duplicates: rows.length - holders.size + repeatedWins,
      lost,
      undersold: told410 ? Math.max(0, coupons - rows.length) : 0,
    },
  };
}

const fmt = (x: number | null) => (x == null ? "–" : x.toLocaleString("en-US", { maximumFractionDigits: 1 }));
const statusList = (s: Record<string, number>) => Object.entries(s).map(([k, v]) => `${k}×${v}`).join(" ");

/** Issue #15's targets for the opening second. */
export function launchTargets(s: LaunchSummary | undefined): Target[] {
  if (!s) return [];
  const k = s.correctness;
  const counters = k.overIssued + k.duplicates + k.lost + k.undersold + s.undecided;
  const inversions = s.inversions.admissionRecord + s.inversions.answers;
  return [
    { name: "launch: every claim answer (201/202/409/410/429) p99", goal: "≤ 1,000 ms", value: `${fmt(s.claimAnswers.p99)} ms`, pass: s.claimAnswers.p99 <= 1_000 },
    { name: "launch: requests without an answer, 5xx", goal: "0, 0", value: `${s.unanswered}, ${s.serverErrors} (longest wait ${fmt(s.longestWaitMs)} ms)`, pass: s.unanswered === 0 && s.serverErrors === 0 },
    { name: "launch: over-issued + duplicates + lost + undersold + undecided", goal: "0", value: `${k.overIssued} + ${k.duplicates} + ${k.lost} + ${k.undersold} + ${s.undecided}`, pass: counters === 0 },
    { name: "launch: queue inversions (admission record + answers)", goal: "0", value: `${s.inversions.admissionRecord} + ${s.inversions.answers}`, pass: inversions === 0 },
    {
      name: "launch: members never queued, first press → decided p99",
      goal: "≤ 300 ms",
      value: s.neverQueued.p99 == null ? "none never queued" : `${fmt(s.neverQueued.p99)} ms (${s.neverQueued.members} members)`,
      pass: s.neverQueued.p99 == null ? null : s.neverQueued.p99 <= 300,
    },
  ];
}

export function launchTable(s: LaunchSummary, label: string): string[] {
  const k = s.correctness;
  return [
    `| 4 launch: ${label} | |`,
    "|---|---|",
    `| members, coupons | ${fmt(s.members)}, ${fmt(s.coupons)} |`,
    `| sold out after the first press | ${s.soldOutSeconds == null ? "not sold out" : `${s.soldOutSeconds} s`} |`,
    `| first press → decided: p50 / p99 / max | ${fmt(s.decision.p50)} / ${fmt(s.decision.p99)} / ${fmt(s.decision.max)} ms |`,
    `| never queued: members, p99 first press → decided | ${fmt(s.neverQueued.members)}, ${s.neverQueued.p99 == null ? "–" : `${fmt(s.neverQueued.p99)} ms`} |`,
    `| queued members, longest line position | ${fmt(s.queued.members)}, ${fmt(s.queued.maxPosition)} |`,
    `| claim answers: count, p50 / p99 | ${fmt(s.claimAnswers.count)}, ${fmt(s.claimAnswers.p50)} / ${fmt(s.claimAnswers.p99)} ms (${statusList(s.claimAnswers.statuses)}) |`,
    `| of which waiting for a pooled socket (load generator): p99 | ${fmt(s.claimAnswers.socketP99)} ms |`,
    `| event page loads: count, p99 | ${fmt(s.pageLoads.count)}, ${fmt(s.pageLoads.p99)} ms (${statusList(s.pageLoads.statuses)}) |`,
    `| longest wait for any answer | ${fmt(s.longestWaitMs)} ms |`,
    `| unanswered, 5xx, undecided | ${s.unanswered}, ${s.serverErrors}, ${s.undecided} |`,
    `| queue inversions: admission record, answers | ${s.inversions.admissionRecord} (of ${fmt(s.inversions.admitted)} admissions, ${fmt(s.inversions.arrivals)} arrivals), ${s.inversions.answers} |`,
    `| issued, over-issued, duplicates, lost, undersold | ${k.issued}, ${k.overIssued}, ${k.duplicates}, ${k.lost}, ${k.undersold} |`,
  ];
}
