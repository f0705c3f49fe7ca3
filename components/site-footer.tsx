import Link from "next/link";

export function SiteFooter() {
  return (
    <footer className="mt-24 border-t border-stone-200 bg-stone-50">
      <div className="mx-auto max-w-6xl px-4 py-10 text-xs leading-6 text-stone-500">
        <p className="text-sm font-bold text-stone-700">컴공방</p>
        <p>손으로 만든 것들의 가치를 잇는 공방 마켓</p>
        <p className="mt-3">
          <Link href="/search?q=" className="hover:underline">
            전체 작품
          </Link>
          <span aria-hidden="true"> · </span>
          <Link href="/ateliers" className="hover:underline">
            작가 둘러보기
          </Link>
          <span aria-hidden="true"> · </span>
          <span>고객센터 1588-0000 (평일 10:00–18:00)</span>
        </p>
        <p className="mt-3">© 2026 컴공방. 작품의 판매자는 각 공방이며, 컴공방은 통신판매중개자입니다.</p>
      </div>
    </footer>
  );
}
