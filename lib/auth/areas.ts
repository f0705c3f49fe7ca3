// The signed-in areas and who may enter each, as a session token can tell: no database here, so
// proxy.ts (in front of every page) can pre-judge a request without loading Prisma. The decision
// itself is lib/auth/roles.ts's, from the database, over these same areas.

/** What a session token says about its member's roles: as of login, so possibly stale. */
type TokenClaims = { role?: string; atelierId?: number | null };

/** `admits` reads the token: cheap but possibly stale, so it only spares rendering a page the database check would refuse. */
export type Area = { prefix: string; admits: (claims: TokenClaims) => boolean };

export const AREAS = {
  /** Any signed-in member (lib/auth/signed-in-member.ts guards its pages and handlers). */
  mypage: { prefix: "/mypage", admits: () => true },
  studio: { prefix: "/studio", admits: (claims) => claims.atelierId != null },
  admin: { prefix: "/admin", admits: (claims) => claims.role === "MARKETER" },
} satisfies Record<string, Area>;

/** Who may enter each area, as the 403 page says it. */
export const AREA_ENTRANTS: Record<string, string> = {
  [AREAS.studio.prefix]: "작가 스튜디오는 공방을 운영하는 작가 계정으로만 들어갈 수 있어요.",
  [AREAS.admin.prefix]: "쿠폰 이벤트 관리는 마케터 계정으로만 들어갈 수 있어요.",
};

const under = (pathname: string, prefix: string) => pathname === prefix || pathname.startsWith(`${prefix}/`);

/** The proxy's pre-check: the signed-in area a page path is in (to ask for a login, or to pre-judge the token's claims). */
export function signedInArea(pathname: string): Area | undefined {
  return Object.values(AREAS).find((area) => under(pathname, area.prefix));
}
