// Follower news: an atelier a member follows opened a follower coupon. Advertising (the member did
// not ask for this mail), so it is a draft for decideAdvertisingMail (lib/mail/advertising.ts),
// which adds (광고), the named sender and the 수신거부 link. Pure.
import type { AdDraft } from "@/lib/mail/advertising";
import { MailButton, MailFallbackLink, MailHeading, MailText } from "@/lib/mail/layout";

/** What the mail shows: the coupon's terms when its batch goes (lib/follower-news.ts). */
export type NewsContent = { title: string; atelierName: string; discount: string; conditions: string; period: string };

export function followerNewsDraft(news: NewsContent, url: string): AdDraft {
  return {
    subject: `${news.atelierName} 팔로워 쿠폰: ${news.discount}`,
    preview: `팔로우하신 ${news.atelierName}에서 팔로워 전용 선착순 쿠폰을 준비했어요.`,
    content: (
      <>
        <MailHeading>
          {news.atelierName}의 팔로워 쿠폰 {news.discount}
        </MailHeading>
        <MailText>
          팔로우하신 {news.atelierName}에서 ‘{news.title}’ 팔로워 전용 선착순 쿠폰을 준비했어요. {news.conditions}, {news.period}.
        </MailText>
        <MailButton href={url}>쿠폰 보러 가기</MailButton>
        <MailFallbackLink href={url} />
      </>
    ),
  };
}
