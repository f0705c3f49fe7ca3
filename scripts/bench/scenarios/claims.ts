// Scenario 1: the same coupon claim, three ways, same event size, same members, same request
// order. Each run gets a fresh event, so each starts from zero; the correctness counters are
// computed from the coupons table against the answers, never assumed.
import { sql, type BenchMember } from "../members.ts";
import type { LocalEnv } from "../../lib/local-env.ts";
import { isDecided, runFlows, type FlowRunResult } from "../flows.ts";
import { runLoad, shuffled, type Answer, type Measured, type PlannedRequest } from "../load.ts";

export type TargetKey = "a" | "b" | "c" | "d";
export type ClaimTarget = { key: TargetKey; label: string; url: string; warm(eventId: number): Promise<void> };
export type ClaimScenario = "claim" | "soldout";

export type Correctness = {
  /** Coupon rows of the event after the run (for the storm: rows written during it). */
  issued: number;
  /** Rows beyond the event's total, or with a slot outside 1..total. */
  overIssued: number;
  /** Second rows of a member, plus members answered 201 more than once. */
  duplicates: number;
  /** 201 answers whose coupon has no row. */
  lost: number;
  /** Coupons left unissued although someone was told "sold out" (410). */
  undersold: number;
  /** 5xx answers plus requests that got no answer. */
  errors: number;
  /** Members still without a decided answer (only 202/429) after following Retry-After. */
  undecided?: number;
  /** First to last coupon written during the run (null when none was): how long the sell-out took. */
  sellOutSeconds: number | null;
};

/**
 * Members the planned requests left queued (their last answer 202 or 429), driven on as a browser
 * would: each asks again after the Retry-After of its last answer, and then at every Retry-After,
 * until decided. `decidedSeconds`: from the start of the run until the last member was decided.
 */
export type FollowUp = { members: number; requests: number; statuses: Record<string, number>; decidedSeconds: number };
export type ClaimRun = { scenario: ClaimScenario; target: TargetKey; label: string; measured: Measured; correctness: Correctness; followUp?: FollowUp; gateway?: GatewayDelta };
export type GatewayDelta = { requests: number; commands: number; avgMs: number; perClaim: number };

/** A public event, open from a minute ago for an hour: the row the marketer's console would write. */
export async function createEvent(total: number, title: string): Promise<number> {
  const { rows } = await sql().query<{ id: number }>(
    `INSERT INTO coupon_events (title, discount_type, discount_value, min_order_amount, total_quantity, starts_at, ends_at, valid_days, updated_at)
     VALUES ($1, 'AMOUNT', 3000, 20000, $2, (now() AT TIME ZONE 'UTC') - interval '1 minute', (now() AT TIME ZONE 'UTC') + interval '1 hour', 14, now())
     RETURNING id`,
    [title, total],
  );
  return rows[0]!.id;
}

/** Sells an event out before the storm: one row per slot, for the first members. */
async function sellOut(eventId: number, memberIds: string[]): Promise<void> {
  await sql().query(
    `INSERT INTO coupons (id, event_id, user_id, seq, issued_at, expires_at)
     SELECT 'bench' || md5(random()::text || m.id), $1, m.id, m.seq, now() AT TIME ZONE 'UTC', (now() AT TIME ZONE 'UTC') + interval '14 days'
     FROM unnest($2::text[]) WITH ORDINALITY AS m(id, seq)`,
    [eventId, memberIds],
  );
}

/** requests/members claims per member, in one seeded order shared by every target. */
export function claimOrder(members: number, requests: number, seed: number): number[] {
  const order = Array.from({ length: requests }, (_, i) => i % members);
  return shuffled(order, seed);
}

export async function runClaims(opts: {
  scenario: ClaimScenario;
  target: ClaimTarget;
  members: BenchMember[];
  order: number[];
  coupons: number;
  connections: number;
  env: LocalEnv;
  gatewayStats?: () => { requests: number; commands: number; totalMs: number };
}): Promise<ClaimRun> {
  const { scenario, target, members, coupons } = opts;
  const eventId = await createEvent(coupons, `bench ${scenario} ${target.key}`);
  const prefilled = scenario === "soldout" ? members.slice(0, coupons) : [];
  if (prefilled.length) await sellOut(eventId, prefilled.map((m) => m.id));
  await target.warm(eventId);
  const path = `/api/coupon-events/${eventId}/claim`;
  const requests: PlannedRequest[] = opts.order.map((member) => ({ member, method: "POST", path }));
  const before = opts.gatewayStats?.();
  const { measured, answers } = await runLoad({ url: target.url, connections: opts.connections, timeoutSeconds: 60, cookies: members.map((m) => m.cookie), requests }, opts.env);
  const after = opts.gatewayStats?.();
  const { followUp, run } = await followQueued({ url: target.url, path, members, order: opts.order, answers, env: opts.env });
  const all = [
    ...answers.map((answer, i) => ({ member: opts.order[i]!, answer })),
    ...(run?.flows ?? []).flatMap((f) => f.presses.map((p) => ({ member: f.member, answer: p.status === null ? null : { status: p.status, ...(p.couponId ? { couponId: p.couponId } : {}) } }))),
  ];
  const correctness = await verify(eventId, coupons, prefilled.length, all);
  if (followUp) followUp.decidedSeconds = Math.round((measured.seconds + run!.durationMs / 1000) * 10) / 10;
  const claims = requests.length;
  const gateway =
    before && after
      ? {
          requests: after.requests - before.requests,
          commands: after.commands - before.commands,
          avgMs: Math.round(((after.totalMs - before.totalMs) / Math.max(1, after.requests - before.requests)) * 100) / 100,
          perClaim: Math.round(((after.requests - before.requests) / claims) * 100) / 100,
        }
      : undefined;
  return { scenario, target: target.key, label: target.label, measured, correctness, ...(followUp ? { followUp } : {}), ...(gateway ? { gateway } : {}) };
}

/** Drives on the members whose last planned answer left them waiting (202/429), if any. */
async function followQueued(opts: { url: string; path: string; members: BenchMember[]; order: number[]; answers: (Answer | null)[]; env: LocalEnv }): Promise<{ followUp?: FollowUp; run?: FlowRunResult }> {
  const last = new Map<number, Answer | null>();
  opts.answers.forEach((a, i) => last.set(opts.order[i]!, a));
  const waiting = [...last].filter(([, a]) => a && !isDecided(a.status));
  if (!waiting.length) return {};
  const flows = waiting.map(([member, a]) => ({ member, startMs: (a!.retryAfter ?? 1) * 1000, claimPath: opts.path }));
  const run = await runFlows({ url: opts.url, sockets: 50, timeoutSeconds: 60, deadlineSeconds: 120, cookies: opts.members.map((m) => m.cookie), flows }, opts.env);
  const statuses: Record<string, number> = {};
  for (const p of run.flows.flatMap((f) => f.presses)) statuses[p.status ?? "none"] = (statuses[p.status ?? "none"] ?? 0) + 1;
  const requests = Object.values(statuses).reduce((n, v) => n + v, 0);
  return { followUp: { members: flows.length, requests, statuses, decidedSeconds: 0 }, run };
}

/** `answers`: every answer of the run (planned and follow-up), with the member it went to. A 202
 *  or 429 is not yet a decision: neither lost nor an error. */
async function verify(eventId: number, total: number, prefilled: number, answers: { member: number; answer: Answer | null }[]): Promise<Correctness> {
  const { rows } = await sql().query<{ id: string; user_id: string | null; seq: number; issued_at: Date }>("SELECT id, user_id, seq, issued_at FROM coupons WHERE event_id = $1", [eventId]);
  const written = rows.slice().sort((x, y) => x.issued_at.getTime() - y.issued_at.getTime()).slice(prefilled ? rows.length : 0);
  const ids = new Set(rows.map((r) => r.id));
  const holders = new Set(rows.map((r) => r.user_id));
  const winsPerMember = new Map<number, number>();
  let lost = 0;
  let soldOutAnswers = 0;
  let errors = 0;
  const decided = new Set<number>();
  const asked = new Set<number>();
  for (const { member, answer: a } of answers) {
    asked.add(member);
    if (!a || a.status >= 500) errors++;
    if (!a) continue;
    if (isDecided(a.status)) decided.add(member);
    if (a.status === 410) soldOutAnswers++;
    if (a.status !== 201) continue;
    winsPerMember.set(member, (winsPerMember.get(member) ?? 0) + 1);
    if (!a.couponId || !ids.has(a.couponId)) lost++;
  }
  let repeatedWins = 0;
  for (const wins of winsPerMember.values()) repeatedWins += Math.max(0, wins - 1);
  return {
    issued: rows.length - prefilled,
    overIssued: Math.max(0, rows.length - total) + rows.filter((r) => r.seq < 1 || r.seq > total).length,
    duplicates: rows.length - holders.size + repeatedWins,
    lost,
    undersold: soldOutAnswers > 0 ? Math.max(0, total - rows.length) : 0,
    errors,
    undecided: asked.size - decided.size,
    sellOutSeconds: written.length ? Math.round((written.at(-1)!.issued_at.getTime() - written[0]!.issued_at.getTime()) / 100) / 10 : null,
  };
}
