import type { Metadata } from "next";
import { UnsubscribeButton } from "@/app/unsubscribe/unsubscribe-button";
import { AuthCard } from "@/components/auth-card";
import { FormAlert } from "@/components/forms/form-alert";
import { messageOf } from "@/lib/errors";
import { unsubscribeStatus } from "@/lib/mail/unsubscribe";
import { unsubscribeQuerySchema } from "@/lib/validation/mail";

export const metadata: Metadata = { title: "광고성 정보 수신거부", robots: { index: false } };

/**
 * Where the 수신거부 link in an advertising mail lands. Looking changes nothing (mail scanners
 * open links): the button sends the same one-click POST the mail's List-Unsubscribe header names.
 */
export default async function UnsubscribePage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const parsed = unsubscribeQuerySchema.safeParse({ token: (await searchParams).token });
  const status = parsed.success ? await unsubscribeStatus(parsed.data.token).catch(() => null) : null;
  return (
    <AuthCard title="광고성 정보 수신거부" subtitle="컴공방이 보내는 광고 메일(팔로우한 작가의 쿠폰·이벤트 소식)을 그만 받을 수 있어요.">
      {!parsed.success || !status ? (
        <FormAlert tone="error">{messageOf("UNSUBSCRIBE_LINK_INVALID")}</FormAlert>
      ) : status.agreed ? (
        <UnsubscribeButton token={parsed.data.token} />
      ) : (
        <FormAlert tone="info">이미 광고성 정보를 받지 않고 있어요. 가입 인증, 주문 안내 같은 필수 메일은 계속 보내드려요.</FormAlert>
      )}
      <p className="text-center text-sm text-stone-500">
        수신 설정은{" "}
        <a href="/mypage/account" className="font-semibold text-ink hover:underline">
          마이페이지 → 회원정보
        </a>
        에서도 바꿀 수 있어요.
      </p>
    </AuthCard>
  );
}
