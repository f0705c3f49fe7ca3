// Scenario 1: the same coupon claim, three ways, same event size, same members, same request
// order. Each run gets a fresh event, so each starts from zero; the correctness counters are
// computed from the coupons table against the answers, never assumed.
import { sql, type BenchMember } from "../members.ts";
import type { LocalEnv } from "../../lib/local-env.ts";
import { runLoad, shuffled, type Answer, type Measured, type PlannedRequest } from "../load.ts";

export type TargetKey = "a" | "b" | "c";
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
  /** First to last coupon written during the run (null when none was): how long the sell-out took. */
  sellOutSeconds: number | null;
};

export type ClaimRun = { scenario: ClaimScenario; target: TargetKey; label: string; measured: Measured; correctness: Correctness; gateway?: GatewayDelta };
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
  const correctness = await verify(eventId, coupons, prefilled.length, opts.order, answers);
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
  return { scenario, target: target.key, label: target.label, measured, correctness, ...(gateway ? { gateway } : {}) };
}

async function verify(eventId: number, total: number, prefilled: number, order: number[], answers: (Answer | null)[]): Promise<Correctness> {
  const { rows } = await sql().query<{ id: string; user_id: string | null; seq: number; issued_at: Date }>("SELECT id, user_id, seq, issued_at FROM coupons WHERE event_id = $1", [eventId]);
  const written = rows.slice().sort((x, y) => x.issued_at.getTime() - y.issued_at.getTime()).slice(prefilled ? rows.length : 0);
  const ids = new Set(rows.map((r) => r.id));
  const holders = new Set(rows.map((r) => r.user_id));
  const winsPerMember = new Map<number, number>();
  let lost = 0;
  let soldOutAnswers = 0;
  let errors = 0;
  answers.forEach((a, i) => {
    if (!a || a.status >= 500) errors++;
    if (!a) return;
    if (a.status === 410) soldOutAnswers++;
    if (a.status !== 201) return;
    const member = order[i]!;
    winsPerMember.set(member, (winsPerMember.get(member) ?? 0) + 1);
    if (!a.couponId || !ids.has(a.couponId)) lost++;
  });
  let repeatedWins = 0;
  for (const wins of winsPerMember.values()) repeatedWins += Math.max(0, wins - 1);
  return {
    issued: rows.length - prefilled,
    overIssued: Math.max(0, rows.length - total) + rows.filter((r) => r.seq < 1 || r.seq > total).length,
    duplicates: rows.length - holders.size + repeatedWins,
    lost,
    undersold: soldOutAnswers > 0 ? Math.max(0, total - rows.length) : 0,
    errors,
    sellOutSeconds: written.length ? Math.round((written.at(-1)!.issued_at.getTime() - written[0]!.issued_at.getTime()) / 100) / 10 : null,
  };
}
