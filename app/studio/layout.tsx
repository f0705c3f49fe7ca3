import type { Metadata } from "next";

// Every studio page gates itself (requireAtelierOwnerPage, with its own path to come back to).
export const metadata: Metadata = { title: "작가 스튜디오", robots: { index: false } };

export default function StudioLayout({ children }: { children: React.ReactNode }) {
  return children;
}
