import { WhoMayEnter } from "@/app/who-may-enter";

/**
 * What a signed-in member sees for a page their role does not open (forbidden(), 403). Next.js
 * renders this boundary into every page's payload, cached ones included, so it reads nothing of
 * the request: which area was refused comes from the address bar (WhoMayEnter).
 */
export default function Forbidden() {
  return (
    <div className="mx-auto flex max-w-md flex-col items-center px-4 py-24 text-center">
      <p className="text-6xl font-extrabold text-brand-500">403</p>
      <h1 className="mt-4 text-xl font-bold">접근 권한이 없어요</h1>
      <WhoMayEnter />
      <a href="/" className="mt-8 rounded-full bg-brand-500 px-5 py-2.5 text-sm font-semibold text-white hover:bg-brand-600">
        홈으로 가기
      </a>
    </div>
  );
}
