// The signup agreements as the forms show them (components/forms/agreements-fieldset.tsx). Read
// by the server pages and handed to the form as props: Korean text weighs in a script bundle, and
// the signup page's First Load JS has no room for it (issue #14's 145 kB).

export type AgreementKey = "terms" | "privacy" | "age14" | "marketing";
export type AgreementItem = { key: AgreementKey; label: string; required: boolean; link?: { href: string; text: string }; detail?: string };

export const AGREEMENT_ITEMS: AgreementItem[] = [
  { key: "terms", label: "이용약관 동의", required: true, link: { href: "/terms", text: "이용약관 보기" } },
  {
    key: "privacy",
    label: "개인정보 수집·이용 동의",
    required: true,
    link: { href: "/privacy", text: "개인정보처리방침 보기" },
    detail: "수집 항목: 이메일, 닉네임, 비밀번호(카카오 가입은 카카오 회원번호) · 목적: 회원 관리와 주문·쿠폰 제공 · 보유 기간: 탈퇴할 때까지",
  },
  { key: "age14", label: "만 14세 이상입니다", required: true },
  {
    key: "marketing",
    label: "광고성 정보 수신 동의",
    required: false,
    detail: "팔로우한 작가의 새 쿠폰과 이벤트 소식을 이메일로 받아요. 동의하지 않아도 가입할 수 있고, 마이페이지에서 언제든 바꿀 수 있어요.",
  },
];

