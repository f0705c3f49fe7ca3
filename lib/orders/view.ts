import "server-only";
import type { OrderStatus } from "@/lib/generated/prisma/client";

/** An order as the API and the pages show it. */
export type OrderView = {
  id: string;
  status: OrderStatus;
  name: string;
  subtotal: number;
  discount: number;
  total: number;
  createdAt: string;
  paidAt: string | null;
  canceledAt: string | null;
  items: { productId: number; title: string; unitPrice: number; quantity: number }[];
};

export const orderSelect = {
  id: true,
  status: true,
  name: true,
  subtotal: true,
  discount: true,
  total: true,
  createdAt: true,
  paidAt: true,
  canceledAt: true,
  items: { select: { productId: true, title: true, unitPrice: true, quantity: true }, orderBy: { productId: "asc" } },
} as const;

type OrderRow = Omit<OrderView, "createdAt" | "paidAt" | "canceledAt"> & { createdAt: Date; paidAt: Date | null; canceledAt: Date | null };

export function orderView(row: OrderRow): OrderView {
  return { ...row, createdAt: row.createdAt.toISOString(), paidAt: row.paidAt?.toISOString() ?? null, canceledAt: row.canceledAt?.toISOString() ?? null };
}
