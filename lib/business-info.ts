// 사업자 정보: what 전자상거래법 asks a 통신판매중개자 to show (the footer, the privacy policy)
// and 정보통신망법 asks of an advertising mail (the sender's name and contact). Demo values,
// plainly fictional; one place, so the footer, the policies and the mail never disagree. Pure.

export const BUSINESS = {
  name: "주식회사 컴공방 (데모)",
  brand: "컴공방",
  representative: "홍길동",
  registrationNumber: "000-00-00000",
  mailOrderNumber: "제2026-서울가상-0000호",
  address: "서울특별시 가상구 공방로 123, 4층 (데모 주소)",
  phone: "1588-0000",
  hours: "평일 10:00–18:00",
  email: "help@comegongbang.example",
  privacyOfficer: "김개인 (개인정보 보호책임자)",
  hostingProvider: "데모 클라우드",
} as const;
