import "server-only";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";

/** A cart line with what the cart page shows; `unitPrice` is the product's price now. */
export type CartLine = {
  productId: number;
  quantity: number;
  unitPrice: number;
  title: string;
  image: string;
  stock: number;
  atelier: { id: number; name: string };
};

export type Cart = { items: CartLine[]; subtotal: number };

const productSelect = { id: true, title: true, price: true, images: true, stock: true, atelier: { select: { id: true, name: true } } } as const;

type ProductRow = { id: number; title: string; price: number; images: string[]; stock: number; atelier: { id: number; name: string } };

/** Lines priced at today's prices, with their total. */
function cartOf(rows: { quantity: number; product: ProductRow }[]): Cart {
  const items = rows.map(({ quantity, product: p }) => ({ productId: p.id, quantity, unitPrice: p.price, title: p.title, image: p.images[0] ?? "", stock: p.stock, atelier: p.atelier }));
  return { items, subtotal: items.reduce((sum, l) => sum + l.unitPrice * l.quantity, 0) };
}

/** The member's cart, oldest line first; prices are always today's, never the ones when added. */
export async function getCart(memberId: string): Promise<Cart> {
  const rows = await db.cartItem.findMany({ where: { memberId }, orderBy: [{ addedAt: "asc" }, { productId: "asc" }], select: { quantity: true, product: { select: productSelect } } });
  return cartOf(rows);
}

/**
 * What 바로 구매 orders: `quantity` pieces of one product, shaped like a cart of that one line
 * (the member's own cart is not read or touched); null when there is no such product.
 */
export async function buyNowCart(productId: number, quantity: number): Promise<Cart | null> {
  const product = await db.product.findUnique({ where: { id: productId }, select: productSelect });
  return product && cartOf([{ quantity, product }]);
}

/** How many lines the cart has (the header's badge). */
export async function countCartLines(memberId: string): Promise<number> {
  return db.cartItem.count({ where: { memberId } });
}

/**
 * Sets how many of a product are in the cart (0 removes the line); idempotent. A quantity above
 * the stock is refused with how many are left. The stock is checked again, atomically, when the
 * order is placed: a cart holds nothing back.
 */
export async function setCartQuantity(memberId: string, productId: number, quantity: number): Promise<Cart> {
  if (quantity === 0) {
    await db.cartItem.deleteMany({ where: { memberId, productId } });
    return getCart(memberId);
  }
  const product = await db.product.findUnique({ where: { id: productId }, select: { stock: true, title: true } });
  if (!product) throw new DomainError("PRODUCT_NOT_FOUND");
  if (quantity > product.stock) throw outOfStock(product.title, product.stock);
  await db.cartItem.upsert({ where: { memberId_productId: { memberId, productId } }, create: { memberId, productId, quantity }, update: { quantity } });
  return getCart(memberId);
}

/** OUT_OF_STOCK naming the product and what is left. */
export function outOfStock(title: string, left: number): DomainError {
  const message = left > 0 ? `‘${title}’ 재고가 ${left}개 남았어요. 수량을 줄여 주세요.` : `‘${title}’ 작품은 품절이에요.`;
  return new DomainError("OUT_OF_STOCK", { message });
}
