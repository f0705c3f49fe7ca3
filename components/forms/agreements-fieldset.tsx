"use client";

import { useId, useState } from "react";
import type { AgreementItem, AgreementKey } from "@/components/forms/agreement-items";

// The signup agreements as Korean shops ask them: three required ones, one optional, and a
// 전체 동의 box that ticks them all. Used by the email signup form and the Kakao consent step;
// the form reads the boxes with agreementsOf() and checks them with lib/validation's schema, whose
// error keys (`agreements.terms` …) are the `errors` this takes. The words come from the server
// page as `items` (agreement-items.ts), so they travel in the HTML, not in the page's script.

type Checked = Record<AgreementKey, boolean>;
const NONE: Checked = { terms: false, privacy: false, age14: false, marketing: false };

/** The form's answers as the API takes them (`agreements`). */
export function agreementsOf(form: FormData): Checked {
  return { terms: form.has("terms"), privacy: form.has("privacy"), age14: form.has("age14"), marketing: form.has("marketing") };
}

const boxClass = "mt-0.5 size-5 shrink-0 accent-brand-500";

export function AgreementsFieldset({ items, errors }: { items: AgreementItem[]; errors: Record<string, string[]> }) {
  const id = useId();
  const [checked, setChecked] = useState<Checked>(NONE);
  const all = items.every((item) => checked[item.key]);
  return (
    <fieldset className="rounded-xl border border-stone-200 px-4 py-3">
      <legend className="px-1 text-sm font-medium text-stone-700">약관 동의</legend>
      <label className="flex items-start gap-3 border-b border-stone-200 pb-3 text-[15px] font-semibold">
        <input
          type="checkbox"
          className={boxClass}
          checked={all}
          onChange={(e) => setChecked(Object.fromEntries(items.map((item) => [item.key, e.target.checked])) as Checked)}
        />
        전체 동의
      </label>
      <ul className="mt-3 flex flex-col gap-3">
        {items.map((item) => {
          const error = errors[`agreements.${item.key}`]?.[0];
          const errorId = `${id}-${item.key}-error`;
          const detailId = `${id}-${item.key}-detail`;
          const detail = item.detail ?? null;
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
                {item.link && (
                  <a href={item.link.href} target="_blank" rel="noopener" className="shrink-0 text-xs text-stone-500 underline underline-offset-2 hover:text-ink">
                    {item.link.text}
                    <span className="sr-only"> (새 창)</span>
                  </a>
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
