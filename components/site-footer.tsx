import { BUSINESS } from "@/lib/business-info";

export function SiteFooter() {
  return (
    <footer className="mt-24 border-t border-stone-200 bg-stone-50">
      <div className="mx-auto max-w-6xl px-4 py-10 text-xs leading-6 text-stone-500">
        <p className="text-sm font-bold text-stone-700">컴공방</p>
        <p>손으로 만든 것들의 가치를 잇는 공방 마켓</p>
        <nav aria-label="바닥글" className="mt-3">
          <a href="/search?q=" className="hover:underline">
            전체 작품
          </a>
          <span aria-hidden="true"> · </span>
          <a href="/ateliers" className="hover:underline">
            작가 둘러보기
          </a>
          <span aria-hidden="true"> · </span>
          <a href="/terms" className="hover:underline">
            이용약관
          </a>
          <span aria-hidden="true"> · </span>
          <a href="/privacy" className="font-bold text-stone-700 hover:underline">
            개인정보처리방침
          </a>
        </nav>
        <section aria-labelledby="business-info-title" className="mt-3">
          <h2 id="business-info-title" className="sr-only">
            사업자 정보
          </h2>
          <dl className="flex flex-wrap gap-x-4">
            {[
              ["상호", BUSINESS.name],
              ["대표", BUSINESS.representative],
              ["사업자등록번호", BUSINESS.registrationNumber],
              ["통신판매업 신고번호", BUSINESS.mailOrderNumber],
              ["주소", BUSINESS.address],
              ["고객센터", `${BUSINESS.phone} (${BUSINESS.hours})`],
              ["이메일", BUSINESS.email],
              ["호스팅", BUSINESS.hostingProvider],
            ].map(([term, value]) => (
              <div key={term} className="flex gap-1">
                <dt>{term}</dt>
                <dd className="text-stone-600">{value}</dd>
              </div>
            ))}
          </dl>
        </section>
        <p className="mt-3">© 2026 컴공방. 작품의 판매자는 각 공방이며, 컴공방은 통신판매중개자로서 거래 당사자가 아닙니다.</p>
      </div>
    </footer>
  );
}
