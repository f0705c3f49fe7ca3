// The artwork a marketer or an owner can put behind an event's banner, with the names the picker
// shows. Pure. The pictures carry no words (scripts/tools/generate-images.ts): the banner's copy
// is printed over them from the event's terms (components/coupon-events/event-banner.tsx).
// The file names are the seed events' keys, kept so that stored events keep their pictures.

export type BannerArt = { path: string; name: string };

export const BANNER_ART: readonly BannerArt[] = [
  { path: "/images/events/autumn-welcome.svg", name: "초록 색종이" },
  { path: "/images/events/ceramics-week.svg", name: "하늘 색종이" },
  { path: "/images/events/heuksum-followers.svg", name: "살구 색종이" },
  { path: "/images/events/midnight-flash.svg", name: "다홍 색종이" },
  { path: "/images/events/new-artists-15.svg", name: "노랑 색종이" },
  { path: "/images/events/year-end-5000.svg", name: "보라 색종이" },
];
