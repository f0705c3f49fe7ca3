// The frame of every advertising mail: the shared layout, the draft's content, and what
// 정보통신망법 §50 asks an advertisement to carry in its body: the sender's name and contact and a
// way to refuse further mail that works without logging in. Pure (rendered by lib/mail/send.ts).
import { Link } from "@react-email/components";
import { BUSINESS } from "@/lib/business-info";
import { MailLayout, MailText } from "@/lib/mail/layout";

export function AdvertisingMail({ preview, unsubscribeUrl, agreedAt, children }: { preview: string; unsubscribeUrl: string; agreedAt: string; children?: React.ReactNode }) {
  return (
    <MailLayout preview={preview}>
      {children}
      <MailText>
        <span style={{ color: "#78716c", fontSize: 12, lineHeight: "20px" }}>
          이 메일은 {agreedAt}에 광고성 정보 수신에 동의하신 회원님께 보내는 광고 메일이에요. 보낸 곳: {BUSINESS.name}, {BUSINESS.address}, 고객센터 {BUSINESS.phone}.
          더 받고 싶지 않으면 <Link href={unsubscribeUrl}>수신거부</Link>를 눌러 주세요. 로그인하지 않아도 바로 처리돼요.
        </span>
      </MailText>
    </MailLayout>
  );
}
