import type { Metadata, Viewport } from "next";
import { LinkNavigation } from "@/components/link-navigation";
import { Toaster } from "@/components/toaster";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { PendingIntent } from "@/components/toggles/pending-intent";
import { ViewerProvider } from "@/components/viewer/viewer";
import { env } from "@/lib/env";
import { countRender } from "@/lib/render-count";
import "./globals.css";

export const metadata: Metadata = {
  // Absolute URLs (og:image) from the public origin, not from the request: a cached page is
  // rendered for the proxy's own request (lib/page-cache/serve.ts), whose host is the instance's.
  metadataBase: new URL(env.AUTH_URL),
  title: { default: "컴공방 — 손으로 만든 것들의 공방 마켓", template: "%s | 컴공방" },
  description: "도자기, 가죽공예, 캔들, 액세서리, 목공예, 뜨개까지. 전국 공방의 핸드메이드 작품을 만나보세요.",
};

export const viewport: Viewport = {
  themeColor: "#f0642d",
  width: "device-width",
  initialScale: 1,
};

/**
 * The same for every visitor, so public pages can be cached whole: it reads no session. What is
 * the viewer's own (내 메뉴, 찜, follows, coupons) comes after load through ViewerProvider.
 */
export default function RootLayout({ children }: { children: React.ReactNode }) {
  countRender();
  return (
    <html lang="ko">
      <body className="flex min-h-dvh flex-col">
        <ViewerProvider>
          <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
            본문 바로가기
          </a>
          <SiteHeader />
          <main id="main" className="flex-1">
            {children}
          </main>
          <SiteFooter />
          <Toaster />
          <PendingIntent />
          <LinkNavigation />
        </ViewerProvider>
      </body>
    </html>
  );
}
