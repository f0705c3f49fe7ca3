import "server-only";
// The account mails. Each takes exactly what it shows; links are absolute (AUTH_URL).
import { MailButton, MailFallbackLink, MailHeading, MailLayout, MailText } from "@/lib/mail/layout";

export function VerificationMail({ nickname, url, minutes }: { nickname: string; url: string; minutes: number }) {
  return (
    <MailLayout preview="이메일 주소를 인증하고 가입을 마무리해 주세요.">
      <MailHeading>{nickname}님, 컴공방에 오신 걸 환영해요</MailHeading>
      <MailText>아래 버튼을 눌러 이메일 주소를 인증하면 가입이 끝나요. 이 링크는 {minutes}분 동안, 한 번만 쓸 수 있어요.</MailText>
      <MailButton href={url}>이메일 인증하기</MailButton>
      <MailFallbackLink href={url} />
      <MailText>컴공방에 가입한 적이 없다면 이 메일은 무시해 주세요.</MailText>
    </MailLayout>
  );
}

export function AlreadyRegisteredMail({ loginUrl, resetUrl }: { loginUrl: string; resetUrl: string }) {
  return (
    <MailLayout preview="이 이메일로 가입한 계정이 이미 있어요.">
      <MailHeading>이미 가입된 이메일이에요</MailHeading>
      <MailText>
        누군가 이 이메일 주소로 컴공방 가입을 시도했어요. 이 주소로 만든 계정이 이미 있으니 로그인해 주세요. 비밀번호가 기억나지 않으면 비밀번호를
        다시 설정할 수 있어요.
      </MailText>
      <MailButton href={loginUrl}>로그인하기</MailButton>
      <MailText>
        비밀번호 찾기: <a href={resetUrl}>{resetUrl}</a>
      </MailText>
      <MailText>본인이 시도한 것이 아니라면 이 메일은 무시해도 괜찮아요. 계정은 안전해요.</MailText>
    </MailLayout>
  );
}

export function PasswordResetMail({ url, minutes }: { url: string; minutes: number }) {
  return (
    <MailLayout preview="비밀번호 재설정 링크를 보내드려요.">
      <MailHeading>비밀번호를 다시 설정해 주세요</MailHeading>
      <MailText>아래 버튼을 눌러 새 비밀번호를 정해 주세요. 이 링크는 {minutes}분 동안, 한 번만 쓸 수 있어요. 비밀번호를 바꾸면 로그인된 모든 기기에서 로그아웃돼요.</MailText>
      <MailButton href={url}>비밀번호 재설정하기</MailButton>
      <MailFallbackLink href={url} />
      <MailText>비밀번호 재설정을 요청하지 않았다면 이 메일은 무시해 주세요. 비밀번호는 바뀌지 않아요.</MailText>
    </MailLayout>
  );
}

export function PasswordChangedMail({ nickname, when, resetUrl }: { nickname: string; when: string; resetUrl: string }) {
  return (
    <MailLayout preview="컴공방 계정의 비밀번호가 변경되었어요.">
      <MailHeading>비밀번호가 변경되었어요</MailHeading>
      <MailText>
        {nickname}님의 컴공방 계정 비밀번호가 {when}에 변경되었어요. 보안을 위해 다른 모든 기기에서 로그아웃했어요.
      </MailText>
      <MailText>
        본인이 변경하지 않았다면 바로 비밀번호를 다시 설정해 주세요: <a href={resetUrl}>{resetUrl}</a>
      </MailText>
    </MailLayout>
  );
}

export type LoginMethodChange = "linked" | "removed";

/** Sent whenever a login method (Kakao) is linked to or removed from an account. */
export function LoginMethodChangedMail({ nickname, method, change, when, resetUrl }: { nickname: string; method: string; change: LoginMethodChange; when: string; resetUrl: string }) {
  const done = change === "linked" ? "연결되었어요" : "연결이 해제되었어요";
  return (
    <MailLayout preview={`컴공방 계정에 ${method} 로그인이 ${done}.`}>
      <MailHeading>
        {method} 로그인이 {done}
      </MailHeading>
      <MailText>
        {nickname}님의 컴공방 계정에 {when}에 {method} 로그인이 {done}.
        {change === "linked" && ` 이제 이 ${method} 계정으로도 로그인할 수 있어요.`}
      </MailText>
      <MailText>
        본인이 한 일이 아니라면 바로 비밀번호를 다시 설정해 주세요. 재설정 화면에서 연결된 로그인도 해제할 수 있어요: <a href={resetUrl}>{resetUrl}</a>
      </MailText>
    </MailLayout>
  );
}
