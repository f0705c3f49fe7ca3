import Link from "next/link";

/** What a signed-in member sees for a page their role does not open (forbidden(), 403). */
export default function Forbidden() {
  return (
    <div className="mx-auto flex max-w-md flex-col items-center px-4 py-24 text-center">
      <p className="text-6xl font-extrabold text-brand-200">403</p>
      <h1 className="mt-4 text-xl font-bold">접근 권한이 없어요</h1>
      <p className="mt-2 text-sm text-stone-500">이 페이지는 공방 작가 또는 마케터 계정으로만 볼 수 있어요.</p>
      <Link href="/" className="mt-8 rounded-full bg-brand-500 px-5 py-2.5 text-sm font-semibold text-white hover:bg-brand-600">
        홈으로 가기
      </Link>
    </div>
  );
}
