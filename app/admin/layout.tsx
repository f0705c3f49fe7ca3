import type { Metadata } from "next";

// The console is behind a login, but keep it out of indexes even if a URL leaks.
export const metadata: Metadata = { robots: { index: false } };

export default function AdminLayout({ children }: { children: React.ReactNode }) {
  return children;
}
