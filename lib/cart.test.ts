// 장바구니 against the real PostgreSQL: quantities set (not added), 0 removes, never above the stock.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countCartLines, getCart, setCartQuantity } from "@/lib/cart";
import { db } from "@/lib/db";
import { newAtelier, newCategory, newMembers, newProducts, tag } from "@/scripts/test/fixtures";

let mug: number;
let plate: number;
let other: number;
beforeAll(async () => {
  const [a, b] = [await newAtelier(), await newAtelier()];
  const category = await newCategory();
  [mug, plate] = await newProducts(a.id, category.childId, [{ title: `${tag()} 머그`, price: 12_000, stock: 3 }, { title: `${tag()} 접시`, price: 8_000, stock: 0 }]) as [number, number];
  [other] = await newProducts(b.id, category.childId, [{ title: `${tag()} 화병`, price: 20_000 }]) as [number];
});
afterAll(() => db.$disconnect());

describe("cart", () => {
  it("sets a line's quantity idempotently, prices it today, and removes it at 0", async () => {
    const [member] = await newMembers(1);
    await setCartQuantity(member!.id, mug, 2);
    const cart = await setCartQuantity(member!.id, mug, 2);
    expect(cart.items).toMatchObject([{ productId: mug, quantity: 2, unitPrice: 12_000 }]);
    expect(cart.subtotal).toBe(24_000);
    await setCartQuantity(member!.id, other, 1);
    await db.product.update({ where: { id: other }, data: { price: 21_000 } });
    expect((await getCart(member!.id)).subtotal).toBe(45_000);
    expect(await countCartLines(member!.id)).toBe(2);
    expect((await setCartQuantity(member!.id, mug, 0)).items.map((l) => l.productId)).toEqual([other]);
    expect((await setCartQuantity(member!.id, mug, 0)).items).toHaveLength(1);
  });

  it("refuses more than the stock (OUT_OF_STOCK, naming what is left), a sold-out product, and an unknown one", async () => {
    const [member] = await newMembers(1);
    await expect(setCartQuantity(member!.id, mug, 4)).rejects.toMatchObject({ key: "OUT_OF_STOCK", message: expect.stringContaining("3개 남았어요") });
    await expect(setCartQuantity(member!.id, plate, 1)).rejects.toMatchObject({ key: "OUT_OF_STOCK", message: expect.stringContaining("품절") });
    await expect(setCartQuantity(member!.id, 2_000_000_000, 1)).rejects.toMatchObject({ key: "PRODUCT_NOT_FOUND" });
    expect(await countCartLines(member!.id)).toBe(0);
  });
});
