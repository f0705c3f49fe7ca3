// Rows of its own for a lib-level test: members, an atelier, a category and products, all with
// unique names, so a test's counts are exact beside the seed data and other tests' rows.
import { db } from "@/lib/db";

/** A short random tag, in Hangul so Korean search and nickname rules see a real word. */
export function tag(length = 3): string {
  return Array.from({ length }, () => String.fromCharCode(0xac00 + Math.floor(Math.random() * 11_172))).join("");
}

/** n members without password or email; nicknames start with `prefix` and are unique. */
export async function newMembers(n: number, prefix = tag()): Promise<{ id: string; nickname: string }[]> {
  return Promise.all(
    Array.from({ length: n }, (_, i) => {
      const nickname = `${prefix}${i}`;
      return db.member.create({ data: { nickname, nicknameKey: nickname.toLowerCase() }, select: { id: true, nickname: true } });
    }),
  );
}

export async function newAtelier(name = `${tag()} 공방`): Promise<{ id: number; ownerId: string }> {
  const [owner] = await newMembers(1);
  return db.atelier.create({
    data: { ownerId: owner!.id, name, tagline: "테스트", description: "테스트 공방", location: "서울", profileImage: "/images/og-default.svg", coverImage: "/images/og-default.svg" },
    select: { id: true, ownerId: true },
  });
}

/** A top category with one sub-category; products go in the sub-category. */
export async function newCategory(): Promise<{ top: string; child: string; childId: number }> {
  const slug = `t-${Math.random().toString(36).slice(2, 10)}`;
  const top = await db.category.create({ data: { slug, name: `${tag()} 분류` } });
  const child = await db.category.create({ data: { slug: `${slug}-c`, name: `${tag()} 소분류`, parentId: top.id } });
  return { top: top.slug, child: child.slug, childId: child.id };
}

export type NewProduct = { title: string; price?: number; createdAt?: Date; stock?: number };

/** Products of the atelier in the category, ids in the order given. */
export async function newProducts(atelierId: number, categoryId: number, products: NewProduct[]): Promise<number[]> {
  const rows = await db.product.createManyAndReturn({
    data: products.map((p) => ({ atelierId, categoryId, title: p.title, description: "테스트 작품", price: p.price ?? 10_000, stock: p.stock ?? 10, images: ["/images/og-default.svg"], ...(p.createdAt ? { createdAt: p.createdAt } : {}) })),
    select: { id: true },
  });
  return rows.map((r) => r.id);
}

export type NewCoupon = {
  discountType?: "AMOUNT" | "PERCENT";
  discountValue?: number;
  maxDiscount?: number | null;
  minOrderAmount?: number;
  /** A follower-only coupon of this atelier. */
  atelierId?: number | null;
  expiresAt?: Date;
};

/** A coupon held by the member, from an event of its own that opened a minute ago. */
export async function newCoupon(memberId: string, c: NewCoupon = {}): Promise<string> {
  const now = Date.now();
  const event = await db.couponEvent.create({
    data: {
      title: `${tag()} 쿠폰`,
      discountType: c.discountType ?? "AMOUNT",
      discountValue: c.discountValue ?? 3_000,
      maxDiscount: c.maxDiscount ?? null,
      minOrderAmount: c.minOrderAmount ?? 0,
      atelierId: c.atelierId ?? null,
      totalQuantity: 1,
      validDays: 7,
      startsAt: new Date(now - 60_000),
      endsAt: new Date(now + 3_600_000),
    },
  });
  const coupon = await db.coupon.create({ data: { eventId: event.id, memberId, seq: 1, expiresAt: c.expiresAt ?? new Date(now + 7 * 86_400_000) } });
  return coupon.id;
}
