import Link from "next/link";
import { headers } from "next/headers";
import { AREA_ENTRANTS, AREA_HEADER } from "@/lib/auth/areas";

/** What a signed-in member sees for a page their role does not open (forbidden(), 403): who may enter it. */
export default async function Forbidden() {
  const area = (await headers()).get(AREA_HEADER);
  return (
    <div className="mx-auto flex max-w-md flex-col items-center px-4 py-24 text-center">
      <p className="text-6xl font-extrabold text-brand-500">403</p>
      <h1 className="mt-4 text-xl font-bold">접근 권한이 없어요</h1>
      <p className="mt-2 text-sm text-stone-500">{(area && AREA_ENTRANTS[area]) ?? "이 페이지를 볼 수 있는 계정으로 로그인해 주세요."}</p>
      <Link href="/" className="mt-8 rounded-full bg-brand-500 px-5 py-2.5 text-sm font-semibold text-white hover:bg-brand-600">
        홈으로 가기
      </Link>
    </div>
  );
}
