
export default function NotFound() {
  return (
    <div className="mx-auto flex max-w-md flex-col items-center px-4 py-24 text-center">
      <p className="text-6xl font-extrabold text-brand-500">404</p>
      <h1 className="mt-4 text-xl font-bold">페이지를 찾을 수 없어요</h1>
      <p className="mt-2 text-sm text-stone-500">주소가 바뀌었거나 작품이 더 이상 판매되지 않을 수 있어요.</p>
      <div className="mt-8 flex gap-2">
        <a href="/" className="rounded-full bg-brand-500 px-5 py-2.5 text-sm font-semibold text-white hover:bg-brand-600">
          홈으로 가기
        </a>
        <a href="/search?q=" className="rounded-full border border-stone-300 px-5 py-2.5 text-sm font-semibold hover:bg-stone-50">
          작품 둘러보기
        </a>
      </div>
    </div>
  );
}
