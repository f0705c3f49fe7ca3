"use client";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="mx-auto flex max-w-md flex-col items-center px-4 py-24 text-center">
      <h1 className="text-xl font-bold">잠시 문제가 생겼어요</h1>
      <p className="mt-2 text-sm text-stone-500">일시적인 오류예요. 잠시 후 다시 시도해 주세요.</p>
      <button type="button" onClick={reset} className="mt-8 rounded-full bg-brand-500 px-5 py-2.5 text-sm font-semibold text-white hover:bg-brand-600">
        다시 시도
      </button>
    </div>
  );
}
