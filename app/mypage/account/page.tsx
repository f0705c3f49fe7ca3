import { notFound } from "next/navigation";
import { AccountForms } from "@/app/mypage/account/forms";
import { KakaoConnection } from "@/app/mypage/account/kakao-connection";
import { MarketingConsent } from "@/app/mypage/account/marketing-consent";
import { getAccount } from "@/lib/auth/account";
import { getMarketingConsent } from "@/lib/auth/agreements";
import { isFreshlyAuthenticated } from "@/lib/auth/reauth";
import { requireSignedInMemberPage } from "@/lib/auth/signed-in-member";
import { formatDate } from "@/lib/format";

export const metadata = { title: "회원정보" };

export default async function AccountPage({ searchParams }: { searchParams: Promise<{ kakao?: string }> }) {
  const member = await requireSignedInMemberPage("/mypage/account");
  const [account, consent] = await Promise.all([getAccount(member.id), getMarketingConsent(member.id)]);
  if (!account || !consent) notFound();
  const { kakao } = await searchParams;
  return (
    <div className="grid max-w-2xl gap-10">
      <section aria-labelledby="profile-title">
        <h2 id="profile-title" className="text-lg font-bold">기본 정보</h2>
        <dl className="mt-4 grid grid-cols-[6rem_1fr] gap-y-2 text-sm">
          <dt className="text-stone-500">이메일</dt>
          <dd>{account.email ?? "카카오 계정 (이메일 없음)"}</dd>
          <dt className="text-stone-500">가입일</dt>
          <dd>{formatDate(account.createdAt)}</dd>
        </dl>
      </section>
      <section aria-labelledby="marketing-title">
        <h2 id="marketing-title" className="text-lg font-bold">광고성 정보 수신</h2>
        <p className="mt-1 text-sm text-stone-500">팔로우한 작가의 새 쿠폰과 이벤트 소식을 이메일로 보내드려요. 밤 9시부터 아침 8시까지는 보내지 않아요.</p>
        <MarketingConsent initial={consent} />
      </section>
      <KakaoConnection linked={account.kakaoLinked} canLeave={account.canLeaveKakao} hasPassword={account.hasPassword} needsReauth={!account.kakaoLinked && !(await isFreshlyAuthenticated(member))} notice={kakao ?? null} />
      <AccountForms nickname={account.nickname} hasPassword={account.hasPassword} ownsAtelier={account.ownsAtelier} />
    </div>
  );
}
