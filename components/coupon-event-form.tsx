"use client";

import { useRouter } from "next/navigation";
import { useId, useMemo, useState } from "react";
import { toast } from "@/components/toaster";
import { lazyComponent } from "@/components/lazy-component";
import { FormAlert } from "@/components/forms/form-alert";
import { loadRules } from "@/components/forms/rules";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useFocusInvalid } from "@/components/forms/use-focus-invalid";
import { callApi } from "@/lib/api-client";
import { BANNER_ART } from "@/lib/coupons/banner-art";
import { fieldErrorsOf } from "@/lib/form-errors";
import { formatCount, formatWon } from "@/lib/format";
import type { couponEventSchema, EventFormValues } from "@/lib/validation/coupon-event";
import { EVENT_LIMITS } from "@/lib/validation/coupon-event-limits";

type Props = {
  /** create → POST to `endpoint`, edit → PATCH. */
  mode: "create" | "edit";
  /** Who launches: picks the limits (the same the route handler applies) and the preview's wording. */
  audience: keyof typeof EVENT_LIMITS;
  endpoint: string;
  initial: EventFormValues;
  /** Where to go after saving; "{id}" becomes the saved event's id. */
  redirectTo: string;
};

type Key = Exclude<keyof EventFormValues, "discountType">;
/** What the inputs hold: text, with instants as datetime-local values on Korea's clock. */
type Draft = Record<Key, string> & { discountType: EventFormValues["discountType"] };

const KST_OFFSET_MS = 9 * 3_600_000;
/** ISO instant → "2026-11-24T14:00" as a clock in Seoul shows it, whatever the browser's zone (Korea has no DST). */
const toKstInput = (iso: string) => new Date(new Date(iso).getTime() + KST_OFFSET_MS).toISOString().slice(0, 16);
/** "2026-11-24T14:00" read as Seoul time; blank stays missing so the schema names the field. */
const fromKstInput = (value: string) => (value ? `${value.length === 16 ? `${value}:00` : value}+09:00` : undefined);
const num = (s: string) => (s.trim() === "" ? undefined : Number(s));

function draftOf(v: EventFormValues): Draft {
  const text = (n: number | null) => (n === null ? "" : String(n));
  return {
    title: v.title,
    description: v.description,
    bannerImage: v.bannerImage ?? "",
    discountType: v.discountType,
    discountValue: text(v.discountValue),
    maxDiscount: text(v.maxDiscount),
    minOrderAmount: String(v.minOrderAmount),
    totalQuantity: String(v.totalQuantity),
    startsAt: toKstInput(v.startsAt),
    endsAt: toKstInput(v.endsAt),
    validDays: String(v.validDays),
  };
}

function bodyOf(d: Draft) {
  return {
    title: d.title,
    description: d.description,
    bannerImage: d.bannerImage || null,
    discountType: d.discountType,
    discountValue: num(d.discountValue),
    // A cap only means something for 정률; a blank cap is "no cap".
    maxDiscount: d.discountType === "PERCENT" ? (num(d.maxDiscount) ?? null) : null,
    minOrderAmount: num(d.minOrderAmount),
    totalQuantity: num(d.totalQuantity),
    startsAt: fromKstInput(d.startsAt),
    endsAt: fromKstInput(d.endsAt),
    validDays: num(d.validDays),
  };
}

/**
 * The preview loads apart from the form (server-rendered all the same): the banner, the terms'
 * wording and their formatting are about a fifth of the form's script, and the form is usable
 * before they arrive.
 */
const CouponPreview = lazyComponent(() => import("@/components/coupon-events/coupon-preview").then((m) => m.CouponPreview));

/** The schema, loaded when the marketer first turns to the form (components/forms/rules.ts). */
const couponEventRules = () => loadRules(() => import("@/lib/validation/coupon-event"));


/**
 * Create or edit a 선착순 coupon event, checked by the route handler's own zod schema before it is
 * sent (loaded when the marketer first turns to the form).
 */
export function CouponEventForm({ mode, audience, endpoint, initial, redirectTo }: Props) {
  const router = useRouter();
  const limits = EVENT_LIMITS[audience];
  // Set by the first submit, which waits for it; from then on messages follow every keystroke.
  const [schema, setSchema] = useState<ReturnType<typeof couponEventSchema> | null>(null);
  const [draft, setDraft] = useState(() => draftOf(initial));
  const [serverFields, setServerFields] = useState<Record<string, string[]>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  // Failed submits so far: messages appear after the first, then follow every keystroke.
  const [tries, setTries] = useState(0);
  const formRef = useFocusInvalid(tries, tries > 0);

  const body = useMemo(() => bodyOf(draft), [draft]);
  const clientFields = useMemo(() => {
    if (tries === 0 || !schema) return {};
    const parsed = schema.safeParse(body);
    return parsed.success ? {} : fieldErrorsOf(parsed.error);
  }, [schema, body, tries]);
  const errorsOf = (key: Key) => clientFields[key] ?? serverFields[key];

  function set<K extends keyof Draft>(key: K, value: Draft[K]) {
    setDraft((d) => ({ ...d, [key]: value }));
    setServerFields(({ [key]: _stale, ...rest }) => rest);
  }

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setNotice(null);
    setPending(true);
    const rules = await couponEventRules();
    if (!rules.ok) {
      setPending(false);
      setNotice(rules.message);
      return;
    }
    const checked = schema ?? rules.rules.couponEventSchema(limits);
    setSchema(checked);
    if (!checked.safeParse(body).success) {
      setPending(false);
      setTries((n) => n + 1);
      return;
    }
    const result = await callApi<{ event: { id: number } }>(mode === "create" ? "POST" : "PATCH", endpoint, body);
    if (result.ok) {
      toast.success(mode === "create" ? "이벤트를 만들었어요." : "이벤트를 수정했어요.");
      router.push(redirectTo.replace("{id}", String(result.data.event.id)));
      router.refresh();
      // A new event navigates away; keep the button busy until then so it cannot be made twice.
      if (mode === "edit") setPending(false);
      return;
    }
    setPending(false);
    setServerFields(result.fields);
    const shown = Object.keys(result.fields).some((k) => k in draft);
    setNotice(shown ? null : result.message);
    setTries((n) => n + 1);
  }

  const percent = draft.discountType === "PERCENT";
  return (
    <form ref={formRef} noValidate onSubmit={submit} onFocus={() => void couponEventRules()} className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem] lg:items-start">
      <div className="flex min-w-0 flex-col gap-6">
        <Card title="기본 정보">
          <TextField label="이벤트 제목" name="title" value={draft.title} onChange={(e) => set("title", e.target.value)} maxLength={60} placeholder="예: 가을맞이 5,000원 할인" errors={errorsOf("title")} />
          <TextArea label="이벤트 설명" value={draft.description} onChange={(v) => set("description", v)} hint="이벤트 페이지에 보여요. 비워 둬도 돼요." errors={errorsOf("description")} />
          <BannerPicker value={draft.bannerImage} onChange={(v) => set("bannerImage", v)} errors={errorsOf("bannerImage")} />
        </Card>

        <Card title="할인 조건">
          <fieldset>
            <legend className="mb-1.5 text-sm font-medium text-stone-700">할인 방식</legend>
            <div className="grid grid-cols-2 gap-2">
              {(
                [
                  ["AMOUNT", "정액 할인", "정한 금액만큼"],
                  ["PERCENT", "정률 할인", "주문 금액의 %만큼"],
                ] as const
              ).map(([value, label, note]) => (
                <label key={value} className="flex cursor-pointer items-start gap-2.5 rounded-xl border border-stone-300 p-3 transition has-checked:border-brand-500 has-checked:bg-brand-50">
                  <input type="radio" name="discountType" value={value} checked={draft.discountType === value} onChange={() => set("discountType", value)} className="mt-0.5 accent-brand-500" />
                  <span>
                    <span className="block text-[15px] font-semibold">{label}</span>
                    <span className="block text-xs text-stone-500">{note}</span>
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
          <div className="grid gap-4 sm:grid-cols-2">
            <NumberField
              label={percent ? "할인율" : "할인 금액"}
              name="discountValue"
              value={draft.discountValue}
              onChange={(v) => set("discountValue", v)}
              hint={percent ? `% 단위 · 최대 ${limits.maxPercent}%` : `원 단위 · 최대 ${formatWon(limits.maxAmount)}`}
              errors={errorsOf("discountValue")}
            />
            {percent && (
              <NumberField label="최대 할인 금액" name="maxDiscount" value={draft.maxDiscount} onChange={(v) => set("maxDiscount", v)} hint="원 단위 · 비워 두면 상한 없음" errors={errorsOf("maxDiscount")} />
            )}
            <NumberField label="최소 주문 금액" name="minOrderAmount" value={draft.minOrderAmount} onChange={(v) => set("minOrderAmount", v)} hint="원 단위 · 0이면 조건 없음" errors={errorsOf("minOrderAmount")} />
          </div>
        </Card>

        <Card title="수량과 기간">
          <div className="grid gap-4 sm:grid-cols-2">
            <NumberField label="발급 수량" name="totalQuantity" value={draft.totalQuantity} onChange={(v) => set("totalQuantity", v)} hint={`선착순 장 수 · 최대 ${formatCount(limits.maxQuantity)}장`} errors={errorsOf("totalQuantity")} />
            <NumberField label="사용 기간" name="validDays" value={draft.validDays} onChange={(v) => set("validDays", v)} hint={`받은 날부터 며칠 쓸 수 있는지 · 최대 ${limits.maxValidDays}일`} errors={errorsOf("validDays")} />
            <TextField label="시작 시각" name="startsAt" type="datetime-local" value={draft.startsAt} onChange={(e) => set("startsAt", e.target.value)} hint="한국 시간(KST) 기준" errors={errorsOf("startsAt")} />
            <TextField label="종료 시각" name="endsAt" type="datetime-local" value={draft.endsAt} onChange={(e) => set("endsAt", e.target.value)} hint="한국 시간(KST) 기준 · 최대 90일" errors={errorsOf("endsAt")} />
          </div>
        </Card>
      </div>

      <div className="flex flex-col gap-4 lg:sticky lg:top-32">
        <CouponPreview draft={draft} followerOnly={audience === "owner"} />
        {notice && <FormAlert tone="error">{notice}</FormAlert>}
        <SubmitButton pending={pending} className="w-full">
          {mode === "create" ? "이벤트 만들기" : "이벤트 수정"}
        </SubmitButton>
      </div>
    </form>
  );
}

function Card({ title, children }: { title: string; children: React.ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="flex flex-col gap-4 rounded-2xl border border-stone-200 p-5">
      <h2 id={id} className="text-base font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}

type NumberProps = { label: string; name: string; value: string; onChange: (value: string) => void; hint: string; errors?: string[] };

function NumberField({ onChange, ...props }: NumberProps) {
  return <TextField {...props} type="number" inputMode="numeric" min={0} step={1} onChange={(e) => onChange(e.target.value)} />;
}

function TextArea({ label, value, onChange, hint, errors }: { label: string; value: string; onChange: (value: string) => void; hint: string; errors?: string[] }) {
  const id = useId();
  const invalid = Boolean(errors?.length);
  return (
    <div>
      <label htmlFor={id} className="mb-1.5 block text-sm font-medium text-stone-700">
        {label}
      </label>
      <textarea
        id={id}
        name="description"
        rows={3}
        maxLength={1_000}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={invalid || undefined}
        aria-describedby={`${id}-note`}
        className={`w-full rounded-xl border px-4 py-3 text-[15px] leading-6 outline-none transition focus:ring-2 ${
          invalid ? "border-red-500 focus:ring-red-100" : "border-stone-300 focus:border-brand-500 focus:ring-brand-100"
        }`}
      />
      <p id={`${id}-note`} className={`mt-1.5 text-xs ${invalid ? "text-red-600" : "text-stone-500"}`}>
        {invalid ? errors![0] : hint}
      </p>
    </div>
  );
}

/** Artwork only, by its Korean name: the banner's words come from the terms above (EventBanner). */
function BannerPicker({ value, onChange, errors }: { value: string; onChange: (value: string) => void; errors?: string[] }) {
  const errorId = useId();
  const invalid = Boolean(errors?.length);
  const option = "relative block cursor-pointer overflow-hidden rounded-xl ring-1 ring-stone-200 transition has-checked:ring-2 has-checked:ring-brand-500 has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-brand-500";
  // Invisible but covering the tile (not sr-only), so a click or a test's check() lands on the input itself.
  const radio = "absolute inset-0 z-10 cursor-pointer opacity-0";
  return (
    <fieldset aria-describedby={invalid ? errorId : undefined}>
      <legend className="mb-1.5 text-sm font-medium text-stone-700">배너 이미지</legend>
      <div className="grid grid-cols-2 gap-2 sm:grid-cols-3">
        <label className={option}>
          <input type="radio" name="bannerImage" value="" checked={value === ""} onChange={() => onChange("")} className={radio} />
          <span className="flex aspect-[3/1] items-center justify-center bg-stone-50 text-xs text-stone-500">배너 없음</span>
        </label>
        {BANNER_ART.map(({ path, name }) => (
          <label key={path} className={option}>
            <input type="radio" name="bannerImage" value={path} checked={value === path} onChange={() => onChange(path)} className={radio} />
            {/* eslint-disable-next-line @next/next/no-img-element -- locally generated SVG banner */}
            <img src={path} alt="" width={240} height={80} loading="lazy" className="aspect-[3/1] w-full object-cover" />
            <span className="absolute inset-x-0 bottom-0 truncate bg-white/85 px-2 py-0.5 text-[11px] text-stone-700">{name}</span>
          </label>
        ))}
      </div>
      {invalid && (
        <p id={errorId} className="mt-1.5 text-xs text-red-600">
          {errors![0]}
        </p>
      )}
    </fieldset>
  );
}
