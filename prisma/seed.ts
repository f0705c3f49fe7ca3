// Demo data: `npm run db:seed` (run by `npm run dev` on an empty database), only into a local,
// non-production database (prisma/seed-guard.ts). Idempotent:
// rows are keyed by email, slug or a fixed id and upserted, so re-running refreshes them.
//
// Run with `tsx --conditions=react-server` (prisma.config.ts) so lib/auth/password.ts, a
// server-only module, can be imported here.
import { PrismaPg } from "@prisma/adapter-pg";
import { hashPassword } from "../lib/auth/password.ts";
import { PrismaClient } from "../lib/generated/prisma/client.ts";
import { DEMO_PASSWORD } from "./demo-accounts.ts";
import { seedRefusal } from "./seed-guard.ts";
import { ateliers, categories, couponEvents, products } from "./seed-data.ts";

const SHOPPERS = Number(process.env.SEED_SHOPPERS ?? 20);
/** Members who exist only to give the catalog realistic 찜 and follower counts. */
const CROWD = 320;
const DAY = 86_400_000;

const refusal = seedRefusal(process.env);
if (refusal) {
  console.error(refusal);
  process.exit(1);
}

const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL }) });
const now = Date.now();

/** Deterministic PRNG (mulberry32): the same seed gives the same demo data. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

async function seedCategories(): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const [i, top] of categories.entries()) {
    const parent = await db.category.upsert({
      where: { slug: top.slug },
      create: { slug: top.slug, name: top.name, sortOrder: i },
      update: { name: top.name, sortOrder: i, parentId: null },
    });
    ids.set(top.slug, parent.id);
    for (const [j, child] of top.children.entries()) {
      const row = await db.category.upsert({
        where: { slug: child.slug },
        create: { slug: child.slug, name: child.name, sortOrder: j, parentId: parent.id },
        update: { name: child.name, sortOrder: j, parentId: parent.id },
      });
      ids.set(child.slug, row.id);
    }
  }
  return ids;
}

type MemberSeed = { email: string | null; nickname: string; role?: "USER" | "MARKETER"; passwordHash: string | null; marketing?: boolean };

/** Every seeded member agreed to the required terms when they "signed up", 200 days ago. */
const signedUpAt = new Date(now - 200 * DAY);
const agreedAtSignup = { termsAgreedAt: signedUpAt, privacyAgreedAt: signedUpAt, age14ConfirmedAt: signedUpAt, marketingConsentChangedAt: signedUpAt };

async function upsertMember(m: MemberSeed) {
  const data = {
    nickname: m.nickname,
    nicknameKey: m.nickname.toLowerCase(),
    role: m.role ?? "USER",
    passwordHash: m.passwordHash,
    emailVerified: m.email ? signedUpAt : null,
    ...agreedAtSignup,
    marketingConsentAt: m.marketing ? signedUpAt : null,
  };
  return m.email
    ? db.member.upsert({ where: { email: m.email }, create: { email: m.email, ...data }, update: data })
    : db.member.upsert({ where: { nicknameKey: data.nicknameKey }, create: data, update: data });
}

async function seedMembers(passwordHash: string) {
  // The demo shopper agreed to 광고성 정보 수신 (follower news reaches them); everyone else did not.
  const shopper = await upsertMember({ email: "shopper@example.com", nickname: "공방러버", passwordHash, marketing: true });
  const owner = await upsertMember({ email: "owner@example.com", nickname: "흙숨작가", passwordHash });
  await upsertMember({ email: "marketer@example.com", nickname: "컴공방마케터", role: "MARKETER", passwordHash });
  for (let i = 1; i <= SHOPPERS; i++) {
    await upsertMember({ email: `shopper${i}@example.com`, nickname: `테스트쇼퍼${i}`, passwordHash });
  }
  const ownerIds = [owner.id];
  for (const atelier of ateliers.slice(1)) {
    const row = await upsertMember({ email: `owner.${atelier.key}@example.com`, nickname: `${atelier.name} 작가`, passwordHash });
    ownerIds.push(row.id);
  }
  // The crowd cannot log in (no password, no email): they only make the counts realistic.
  await db.member.createMany({
    data: Array.from({ length: CROWD }, (_, i) => ({ nickname: `구경꾼${i + 1}`, nicknameKey: `구경꾼${i + 1}`, ...agreedAtSignup })),
    skipDuplicates: true,
  });
  const crowd = await db.member.findMany({ where: { nicknameKey: { startsWith: "구경꾼" } }, select: { id: true }, orderBy: { nicknameKey: "asc" } });
  return { shopper, ownerIds, crowd: crowd.map((c) => c.id) };
}

async function seedAteliers(ownerIds: string[]): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const [i, a] of ateliers.entries()) {
    const data = {
      name: a.name,
      tagline: a.tagline,
      description: a.description,
      location: a.location,
      profileImage: a.profileImage,
      coverImage: a.coverImage,
      createdAt: new Date(now - (400 - i * 20) * DAY),
    };
    const row = await db.atelier.upsert({ where: { ownerId: ownerIds[i]! }, create: { ownerId: ownerIds[i]!, ...data }, update: data });
    ids.set(a.key, row.id);
  }
  return ids;
}

/**
 * Pieces in stock: most products 12–40, every 13th sold out (품절), every 13th from the 7th
 * nearly gone (1–3 left). Product 1 and the first few stay well stocked for the demo and tests.
 */
function seedStock(i: number): number {
  if (i >= 6 && i % 13 === 12) return 0;
  if (i >= 6 && i % 13 === 6) return 1 + (i % 3);
  return 12 + ((i * 7) % 29);
}

async function seedProducts(categoryIds: Map<string, number>, atelierIds: Map<string, number>) {
  for (const [i, p] of products.entries()) {
    const data = {
      stock: seedStock(i),
      atelierId: atelierIds.get(p.atelierKey)!,
      categoryId: categoryIds.get(p.categorySlug)!,
      title: p.title,
      description: p.description,
      price: p.price,
      originalPrice: p.originalPrice ?? null,
      images: [p.image],
      createdAt: new Date(now - p.daysAgo * DAY - i * 60_000),
    };
    await db.product.upsert({ where: { id: i + 1 }, create: { id: i + 1, ...data }, update: data });
  }
}

/**
 * Likes and follows from the crowd, then the counters set from the rows. This is the one
 * place counters are computed from scratch; at runtime they only move with their rows.
 */
async function seedLikesAndFollows(crowd: string[], shopperId: string, atelierIds: Map<string, number>) {
  const rand = random(7);
  const likes: { memberId: string; productId: number; createdAt: Date }[] = [];
  for (const [i, p] of products.entries()) {
    const n = Math.min(p.popularity, crowd.length);
    const offset = Math.floor(rand() * crowd.length);
    for (let k = 0; k < n; k++) {
      likes.push({ memberId: crowd[(offset + k) % crowd.length]!, productId: i + 1, createdAt: new Date(now - rand() * 90 * DAY) });
    }
  }
  for (const productId of [1, 5, 14]) likes.push({ memberId: shopperId, productId, createdAt: new Date(now - productId * DAY) });
  await db.like.createMany({ data: likes, skipDuplicates: true });

  const follows: { memberId: string; atelierId: number; createdAt: Date }[] = [];
  const history: { atelierId: number; kind: "FOLLOW" | "UNFOLLOW"; at: Date }[] = [];
  for (const [i, a] of ateliers.entries()) {
    const atelierId = atelierIds.get(a.key)!;
    const n = Math.round(crowd.length * (0.15 + 0.7 * rand())) - i * 5;
    const offset = Math.floor(rand() * crowd.length);
    for (let k = 0; k < n; k++) {
      // Skewed towards recent days, so the studio chart shows growth.
      const at = new Date(now - Math.pow(rand(), 1.6) * 120 * DAY);
      follows.push({ memberId: crowd[(offset + k) % crowd.length]!, atelierId, createdAt: at });
      history.push({ atelierId, kind: "FOLLOW", at });
    }
    // Some who followed and left again: only the history remembers them.
    for (let k = 0; k < n / 8; k++) {
      const followedAt = now - rand() * 90 * DAY;
      history.push({ atelierId, kind: "FOLLOW", at: new Date(followedAt) });
      history.push({ atelierId, kind: "UNFOLLOW", at: new Date(followedAt + rand() * (now - followedAt)) });
    }
  }
  follows.push({ memberId: shopperId, atelierId: atelierIds.get(ateliers[1]!.key)!, createdAt: new Date(now - 3 * DAY) });
  const created = await db.follow.createMany({ data: follows, skipDuplicates: true });
  // History is only written with the first seed; re-seeding must not double the chart.
  if (created.count > 0) await db.followEvent.createMany({ data: history });

  await db.$executeRaw`UPDATE products p SET like_count = (SELECT count(*) FROM likes l WHERE l.product_id = p.id)`;
  await db.$executeRaw`UPDATE ateliers a SET follower_count = (SELECT count(*) FROM follows f WHERE f.atelier_id = a.id)`;
}

async function seedCouponEvents(atelierIds: Map<string, number>, crowd: string[], shopperId: string) {
  const marketer = await db.member.findUniqueOrThrow({ where: { email: "marketer@example.com" } });
  for (const [i, e] of couponEvents.entries()) {
    const startsAt = new Date(now + e.startOffsetHours * 3_600_000);
    const data = {
      title: e.title,
      description: e.description,
      bannerImage: e.banner,
      discountType: e.discountType,
      discountValue: e.discountValue,
      maxDiscount: e.maxDiscount ?? null,
      minOrderAmount: e.minOrderAmount,
      totalQuantity: e.totalQuantity,
      startsAt,
      endsAt: new Date(startsAt.getTime() + e.durationHours * 3_600_000),
      validDays: e.validDays,
      atelierId: e.atelierKey ? atelierIds.get(e.atelierKey)! : null,
      createdById: marketer.id,
    };
    const event = await db.couponEvent.upsert({ where: { id: i + 1 }, create: { id: i + 1, ...data }, update: data });
    // Past events sold out to the crowd (the demo shopper got one too), so reports have data.
    if (event.endsAt.getTime() < now) {
      const claimants = [shopperId, ...crowd].slice(0, event.totalQuantity);
      await db.coupon.createMany({
        data: claimants.map((memberId, k) => {
          const issuedAt = new Date(event.startsAt.getTime() + (k + 1) * 700);
          return { eventId: event.id, memberId, seq: k + 1, issuedAt, expiresAt: new Date(issuedAt.getTime() + event.validDays * DAY) };
        }),
        skipDuplicates: true,
      });
    }
  }
}

async function main() {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const categoryIds = await seedCategories();
  const { shopper, ownerIds, crowd } = await seedMembers(passwordHash);
  const atelierIds = await seedAteliers(ownerIds);
  await seedProducts(categoryIds, atelierIds);
  await seedLikesAndFollows(crowd, shopper.id, atelierIds);
  await seedCouponEvents(atelierIds, crowd, shopper.id);
  // Rows above were written with fixed ids; move the sequences past them.
  await db.$executeRaw`SELECT setval(pg_get_serial_sequence('products', 'id'), (SELECT max(id) FROM products))`;
  await db.$executeRaw`SELECT setval(pg_get_serial_sequence('coupon_events', 'id'), (SELECT max(id) FROM coupon_events))`;
  console.log(`seeded ${categories.length} categories, ${ateliers.length} ateliers, ${products.length} products, ${couponEvents.length} coupon events, ${SHOPPERS} load-test shoppers`);
}

await main().finally(() => db.$disconnect());
