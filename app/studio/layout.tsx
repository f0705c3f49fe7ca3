import type { Metadata } from "next";
import { requireAtelierOwnerPage } from "@/lib/auth/roles";

export const metadata: Metadata = { title: "작가 스튜디오", robots: { index: false } };

export default async function StudioLayout({ children }: { children: React.ReactNode }) {
  await requireAtelierOwnerPage("/studio/followers");
  return children;
}
