import type { Metadata, Viewport } from "next";
import { Toaster } from "@/components/toaster";
import { LogoutButton } from "@/components/logout-button";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { PendingIntent } from "@/components/toggles/pending-intent";
import { getSignedInMember } from "@/lib/auth/signed-in-member";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "컴공방 — 손으로 만든 것들의 공방 마켓", template: "%s | 컴공방" },
  description: "도자기, 가죽공예, 캔들, 액세서리, 목공예, 뜨개까지. 전국 공방의 핸드메이드 작품을 만나보세요.",
};

export const viewport: Viewport = {
  themeColor: "#f0642d",
  width: "device-width",
  initialScale: 1,
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const member = await getSignedInMember();
  return (
    <html lang="ko">
      <body className="flex min-h-dvh flex-col">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
          본문 바로가기
        </a>
        <SiteHeader
          member={member && { nickname: member.nickname, isMarketer: member.role === "MARKETER", ownsAtelier: member.atelierId !== null }}
          logoutButton={<LogoutButton />}
        />
        <main id="main" className="flex-1">
          {children}
        </main>
        <SiteFooter />
        <Toaster />
        <PendingIntent signedIn={member !== null} />
      </body>
    </html>
  );
}
