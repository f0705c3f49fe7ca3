import "server-only";
// The 오픈 알림 mail. The member asked for it on the event page, so it is not advertising: no
// (광고) and no consent needed (lib/reminders.ts sends it).
import { formatLead } from "@/lib/format";
import { MailButton, MailFallbackLink, MailHeading, MailLayout, MailText } from "@/lib/mail/layout";

export function couponReminderSubject(title: string, leadSeconds: number): string {
  return `[컴공방] ${title} 쿠폰이 ${formatLead(leadSeconds)} 뒤 열려요`;
}

export function CouponReminderMail({ title, url, opensAt, lead }: { title: string; url: string; opensAt: string; lead: string }) {
  return (
    <MailLayout preview={`${title} 쿠폰이 ${lead} 뒤 열려요. 선착순이니 서둘러 주세요.`}>
      <MailHeading>{lead} 뒤 쿠폰이 열려요</MailHeading>
      <MailText>
        오픈 알림을 신청하신 ‘{title}’ 선착순 쿠폰이 {opensAt}에 열려요. 선착순으로 마감되니 오픈 시각에 맞춰 이벤트 페이지에서 쿠폰 받기를 눌러 주세요.
      </MailText>
      <MailButton href={url}>이벤트 페이지로 가기</MailButton>
      <MailFallbackLink href={url} />
      <MailText>이벤트 페이지에서 오픈 알림을 신청하셔서 보내 드린 메일이에요. 알림은 그 페이지에서 언제든 끌 수 있어요.</MailText>
    </MailLayout>
  );
}
