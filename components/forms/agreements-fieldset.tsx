"use client";

import Link from "next/link";
import { useId, useState } from "react";

// The signup agreements as Korean shops ask them: three required ones, one optional, and a
// 전체 동의 box that ticks them all. Used by the email signup form and the Kakao consent step;
// the form reads the boxes with agreementsOf() and checks them with lib/validation's schema, whose
// error keys (`agreements.terms` …) are the `errors` this takes.

const ITEMS = [
  { key: "terms", label: "이용약관 동의", required: true, link: { href: "/terms", text: "이용약관 보기" } },
  {
    key: "privacy",
    label: "개인정보 수집·이용 동의",
    required: true,
    link: { href: "/privacy", text: "개인정보처리방침 보기" },
    detail: "수집 항목: 이메일, 닉네임, 비밀번호(카카오 가입은 카카오 회원번호) · 목적: 회원 관리와 주문·쿠폰 제공 · 보유 기간: 탈퇴할 때까지",
  },
  { key: "age14", label: "만 14세 이상입니다", required: true },
  {
    key: "marketing",
    label: "광고성 정보 수신 동의",
    required: false,
    detail: "팔로우한 작가의 새 쿠폰과 이벤트 소식을 이메일로 받아요. 동의하지 않아도 가입할 수 있고, 마이페이지에서 언제든 바꿀 수 있어요.",
  },
] as const;

type Key = (typeof ITEMS)[number]["key"];
type Checked = Record<Key, boolean>;
const NONE: Checked = { terms: false, privacy: false, age14: false, marketing: false };

/** The form's answers as the API takes them (`agreements`). */
export function agreementsOf(form: FormData): Checked {
  return { terms: form.has("terms"), privacy: form.has("privacy"), age14: form.has("age14"), marketing: form.has("marketing") };
}

const boxClass = "mt-0.5 size-5 shrink-0 accent-brand-500";

export function AgreementsFieldset({ errors }: { errors: Record<string, string[]> }) {
  const id = useId();
  const [checked, setChecked] = useState<Checked>(NONE);
  const all = ITEMS.every((item) => checked[item.key]);
  return (
    <fieldset className="rounded-xl border border-stone-200 px-4 py-3">
      <legend className="px-1 text-sm font-medium text-stone-700">약관 동의</legend>
      <label className="flex items-start gap-3 border-b border-stone-200 pb-3 text-[15px] font-semibold">
        <input
          type="checkbox"
          className={boxClass}
          checked={all}
          onChange={(e) => setChecked(Object.fromEntries(ITEMS.map((item) => [item.key, e.target.checked])) as Checked)}
        />
        전체 동의
      </label>
      <ul className="mt-3 flex flex-col gap-3">
        {ITEMS.map((item) => {
          const error = errors[`agreements.${item.key}`]?.[0];
          const errorId = `${id}-${item.key}-error`;
          const detailId = `${id}-${item.key}-detail`;
          const detail = "detail" in item ? item.detail : null;
          return (
            <li key={item.key} className="text-sm">
              <div className="flex items-start gap-3">
                <label className="flex flex-1 items-start gap-3">
                  <input
                    type="checkbox"
                    name={item.key}
                    className={boxClass}
                    checked={checked[item.key]}
                    onChange={(e) => setChecked((c) => ({ ...c, [item.key]: e.target.checked }))}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={[error ? errorId : null, detail ? detailId : null].filter(Boolean).join(" ") || undefined}
                  />
                  <span>
                    {item.label} <span className={item.required ? "text-brand-600" : "text-stone-500"}>({item.required ? "필수" : "선택"})</span>
                  </span>
                </label>
                {"link" in item && (
                  <Link href={item.link.href} target="_blank" rel="noopener" className="shrink-0 text-xs text-stone-500 underline underline-offset-2 hover:text-ink">
                    {item.link.text}
                    <span className="sr-only"> (새 창)</span>
                  </Link>
                )}
              </div>
              {detail && (
                <p id={detailId} className="mt-1 pl-8 text-xs leading-5 text-stone-500">
                  {detail}
                </p>
              )}
              {error && (
                <p id={errorId} className="mt-1 pl-8 text-xs text-red-600">
                  {error}
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
