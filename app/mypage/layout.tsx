import type { Metadata } from "next";
import { MypageTabs } from "@/app/mypage/tabs";
import { requirePageViewer } from "@/lib/auth/session";
import { countFollows } from "@/lib/follows";
import { countLikes } from "@/lib/likes";
import { countUsableCoupons } from "@/lib/coupons/my-coupons";

export const metadata: Metadata = { title: "마이페이지", robots: { index: false } };

export default async function MypageLayout({ children }: { children: React.ReactNode }) {
  const viewer = await requirePageViewer("/mypage");
  const [likes, follows, coupons] = await Promise.all([countLikes(viewer.id), countFollows(viewer.id), countUsableCoupons(viewer.id)]);
  return (
    <div className="mx-auto max-w-6xl px-4 pt-8">
      <h1 className="text-2xl font-bold">마이페이지</h1>
      <p className="mt-1 text-sm text-stone-500">
        <strong className="font-semibold text-ink">{viewer.nickname}</strong>님, 반가워요.
      </p>
      <MypageTabs counts={{ likes, follows, coupons }} />
      <div className="mt-8">{children}</div>
    </div>
  );
}
