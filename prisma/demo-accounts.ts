// The demo accounts the seed creates, as printed by `npm run dev` (dev only).
export const DEMO_PASSWORD = "gongbang-demo-1";

export const DEMO_ACCOUNTS_BANNER = `
  Demo accounts (password: ${DEMO_PASSWORD})
    shopper@example.com     쇼퍼: 찜, 팔로우, 쿠폰
    owner@example.com       공방 작가: 작가 스튜디오
    marketer@example.com    마케터: 쿠폰 이벤트 관리
    shopper1…20@example.com 부하 테스트용 쇼퍼`;
