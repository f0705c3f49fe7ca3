import { Body, Button, Container, Head, Hr, Html, Preview, Section, Text } from "@react-email/components";
import { BUSINESS } from "@/lib/business-info";

const font = "-apple-system, BlinkMacSystemFont, 'Apple SD Gothic Neo', 'Malgun Gothic', 'Noto Sans KR', sans-serif";

/** The frame every 컴공방 mail shares: logo, a preview line, the message, a footer. */
export function MailLayout({ preview, children }: { preview: string; children: React.ReactNode }) {
  return (
    <Html lang="ko">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={{ backgroundColor: "#f5f5f4", fontFamily: font, margin: 0, padding: "32px 0" }}>
        <Container style={{ backgroundColor: "#ffffff", borderRadius: 16, margin: "0 auto", maxWidth: 520, padding: "36px 32px" }}>
          <Text style={{ color: "#f0642d", fontSize: 22, fontWeight: 800, margin: "0 0 24px" }}>컴공방</Text>
          {children}
          <Hr style={{ borderColor: "#e7e5e4", margin: "32px 0 16px" }} />
          <Text style={{ color: "#a8a29e", fontSize: 12, lineHeight: "20px", margin: 0 }}>
            이 메일은 발신 전용이에요. 궁금한 점은 고객센터({BUSINESS.phone})로 문의해 주세요.
            <br />© 2026 컴공방
          </Text>
        </Container>
      </Body>
    </Html>
  );
}

export function MailHeading({ children }: { children: React.ReactNode }) {
  return <Text style={{ color: "#1f1d1a", fontSize: 20, fontWeight: 700, lineHeight: "30px", margin: "0 0 12px" }}>{children}</Text>;
}

export function MailText({ children }: { children: React.ReactNode }) {
  return <Text style={{ color: "#44403c", fontSize: 15, lineHeight: "26px", margin: "0 0 12px" }}>{children}</Text>;
}

export function MailButton({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <Section style={{ margin: "24px 0" }}>
      <Button
        href={href}
        style={{ backgroundColor: "#f0642d", borderRadius: 999, color: "#ffffff", fontSize: 15, fontWeight: 700, padding: "14px 28px" }}
      >
        {children}
      </Button>
    </Section>
  );
}

/** The link written out, for mail clients that block buttons. */
export function MailFallbackLink({ href }: { href: string }) {
  return (
    <Text style={{ color: "#78716c", fontSize: 12, lineHeight: "20px", margin: "0 0 12px", wordBreak: "break-all" }}>
      버튼이 눌리지 않으면 아래 주소를 브라우저에 붙여 넣어 주세요.
      <br />
      {href}
    </Text>
  );
}
