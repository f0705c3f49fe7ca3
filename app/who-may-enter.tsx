"use client";

import { usePathname } from "next/navigation";
import { AREA_ENTRANTS, signedInArea } from "@/lib/auth/areas";

/** The 403 page's one line: who may enter the area of the address that was refused. */
export function WhoMayEnter() {
  const area = signedInArea(usePathname());
  return <p className="mt-2 text-sm text-stone-500">{(area && AREA_ENTRANTS[area.prefix]) ?? "이 페이지를 볼 수 있는 계정으로 로그인해 주세요."}</p>;
}
