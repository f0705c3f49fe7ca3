// Scenario 5 (issue #16 item 5): the job queue's throughput on follower news. An atelier of its
// own with `followers` members who agreed to 광고성 정보 (rows written in SQL), one follower
// coupon scheduled through the owner's API, and the time until every mail is in the outbox:
// enqueued (members put into mail batches), sent (distinct recipients the outbox saw), duplicates
// (a second mail to a recipient), lost (enqueued but never arrived), mails/s.
import { mintSessionCookie } from "@/lib/auth/session-cookie-mint";
import { sql } from "../members.ts";

export type NewsRun = { label: string; followers: number; enqueued: number; batches: number; sent: number; duplicates: number; lost: number; seconds: number; mailsPerSecond: number };

type OutboxStats = { delivered: number; recipients: number; duplicates: number };

/** Gives up when no new mail arrived for this long. */
const STALL_MS = 60_000;

export async function runNews(opts: { url: string; mailUrl: string; followers: number; workers: number }): Promise<NewsRun> {
  const run = Math.random().toString(36).slice(2, 8);
  const atelierName = `벤치소식${run}`;
  const ownerId = `news-owner-${run}`;
  await sql().query("INSERT INTO members (id, nickname, nickname_key, updated_at) VALUES ($1, $1, $1, now())", [ownerId]);
  const { rows } = await sql().query<{ id: number }>(
    "INSERT INTO ateliers (owner_id, name, tagline, description, location, profile_image, cover_image) VALUES ($1, $2, '', '', '서울', '/x.png', '/x.png') RETURNING id",
    [ownerId, atelierName],
  );
  const atelierId = rows[0]!.id;
  await sql().query(
    `INSERT INTO members (id, nickname, nickname_key, email, marketing_consent_at, updated_at)
     SELECT 'news-' || $1 || '-' || i, 'news' || $1 || i, 'news' || $1 || i, 'news-' || $1 || '-' || i || '@bench.example', now(), now() FROM generate_series(1, $2::int) i`,
    [run, opts.followers],
  );
  // Rows and the atelier's count together (count == rows, as lib/follows.ts keeps it).
  await sql().query(
    `WITH f AS (INSERT INTO follows (user_id, atelier_id) SELECT 'news-' || $1 || '-' || i, $2 FROM generate_series(1, $3::int) i RETURNING atelier_id)
     UPDATE ateliers SET follower_count = follower_count + (SELECT count(*) FROM f) WHERE id = $2`,
    [run, atelierId, opts.followers],
  );

  const cookie = await mintSessionCookie(process.env.AUTH_SECRET!, { id: ownerId, nickname: ownerId, role: "USER", atelierId });
  const startsAt = Date.now() + 3_600_000;
  const started = Date.now();
  const response = await fetch(`${opts.url}/api/studio/coupon-events`, {
    method: "POST",
    headers: { cookie, "content-type": "application/json" },
    body: JSON.stringify({ title: "벤치 팔로워 쿠폰", discountType: "AMOUNT", discountValue: 3000, minOrderAmount: 0, totalQuantity: 100, startsAt: new Date(startsAt).toISOString(), endsAt: new Date(startsAt + 3_600_000).toISOString(), validDays: 7 }),
  });
  if (response.status !== 201) throw new Error(`POST /api/studio/coupon-events: ${response.status} ${await response.text()}`);
  const eventId = ((await response.json()) as { event: { id: number } }).event.id;

  // Until every follower's mail arrived, or nothing new arrived for STALL_MS.
  let stats: OutboxStats = { delivered: 0, recipients: 0, duplicates: 0 };
  let lastProgress = Date.now();
  let finished = Date.now();
  while (stats.recipients < opts.followers && Date.now() - lastProgress < STALL_MS) {
    await new Promise((r) => setTimeout(r, 200));
    const next = (await (await fetch(`${opts.mailUrl}/__stats?subject=${encodeURIComponent(atelierName)}`)).json()) as OutboxStats;
    if (next.delivered > stats.delivered) lastProgress = finished = Date.now();
    stats = next;
  }
  await new Promise((r) => setTimeout(r, 1_000)); // a duplicate sent late would arrive by now
  stats = (await (await fetch(`${opts.mailUrl}/__stats?subject=${encodeURIComponent(atelierName)}`)).json()) as OutboxStats;

  const counted = await sql().query<{ enqueued: number; batches: number }>(
    "SELECT count(*) FILTER (WHERE mail_batch IS NOT NULL)::int AS enqueued, count(DISTINCT mail_batch)::int AS batches FROM notifications WHERE event_id = $1",
    [eventId],
  );
  const { enqueued, batches } = counted.rows[0]!;
  const seconds = Math.round((finished - started) / 100) / 10;
  return {
    label: `${opts.followers} consenting followers, one follower coupon, ${opts.workers} workers, Resend batches of 100 through the outbox`,
    followers: opts.followers,
    enqueued,
    batches,
    sent: stats.recipients,
    duplicates: stats.duplicates,
    lost: enqueued - stats.recipients,
    seconds,
    mailsPerSecond: seconds > 0 ? Math.round(stats.delivered / seconds) : 0,
  };
}
