// The coupon-event rules, shared by the marketer console's and the studio's form (which load
// this module when the visitor turns to it, components/forms/rules.ts, and show these Korean
// messages before anything is sent) and their route handlers. Pure zod/mini.
import { josa } from "es-hangul";
import * as z from "zod/mini";
import { EVENT_LIMITS, type EventLimits } from "@/lib/validation/coupon-event-limits";

/** Route handlers build their schema as couponEventSchema(EVENT_LIMITS.marketer): both from here. */
export { EVENT_LIMITS };

const int = (label: string) => z.number({ error: `${josa(label, "을/를")} 숫자로 입력해 주세요.` }).check(z.int(`${josa(label, "은/는")} 정수여야 해요.`));
const instant = (label: string) =>
  z.pipe(
    z.iso.datetime({ offset: true, error: `${josa(label, "을/를")} 입력해 주세요.` }),
    z.transform((s: string) => new Date(s)),
  );

const DISCOUNT_VALUE_LABEL = "할인 금액이나 할인율";

const BANNER_PATTERN = /^\/images\/events\/[a-z0-9-]+\.svg$/;

export function couponEventSchema(limits: EventLimits) {
  return z
    .object({
      title: z.string({ error: "제목을 입력해 주세요." }).check(z.trim(), z.minLength(2, "제목은 2자 이상이어야 해요."), z.maxLength(60, "제목은 60자까지 쓸 수 있어요.")),
      description: z._default(z.string().check(z.trim(), z.maxLength(1_000, "설명은 1,000자까지 쓸 수 있어요.")), ""),
      bannerImage: z._default(z.nullable(z.string().check(z.regex(BANNER_PATTERN, "배너 이미지를 목록에서 골라 주세요."))), null),
      discountType: z.enum(["AMOUNT", "PERCENT"], { error: "할인 방식을 골라 주세요." }),
      // One field, labelled 할인 금액 or 할인율 by the form's 할인 방식: the message names both.
      discountValue: int(DISCOUNT_VALUE_LABEL).check(z.gte(1, `${josa(DISCOUNT_VALUE_LABEL, "은/는")} 1 이상이어야 해요.`)),
      maxDiscount: z._default(
        z.nullable(int("최대 할인 금액").check(z.gte(100, "최대 할인 금액은 100원 이상이어야 해요."), z.lte(limits.maxAmount, `최대 할인 금액은 ${limits.maxAmount.toLocaleString("ko-KR")}원까지예요.`))),
        null,
      ),
      minOrderAmount: int("최소 주문 금액").check(z.gte(0, "최소 주문 금액은 0원 이상이어야 해요."), z.lte(10_000_000, "최소 주문 금액이 너무 커요.")),
      totalQuantity: int("발급 수량").check(z.gte(1, "발급 수량은 1장 이상이어야 해요."), z.lte(limits.maxQuantity, `발급 수량은 ${limits.maxQuantity.toLocaleString("ko-KR")}장까지예요.`)),
      startsAt: instant("시작 시각"),
      endsAt: instant("종료 시각"),
      validDays: int("사용 기간").check(z.gte(1, "사용 기간은 1일 이상이어야 해요."), z.lte(limits.maxValidDays, `사용 기간은 ${limits.maxValidDays}일까지예요.`)),
    })
    .check(
      z.superRefine((v, ctx) => {
        if (v.discountType === "AMOUNT" && v.discountValue > limits.maxAmount) {
          ctx.addIssue({ code: "custom", path: ["discountValue"], message: `할인 금액은 ${limits.maxAmount.toLocaleString("ko-KR")}원까지예요.` });
        }
        if (v.discountType === "AMOUNT" && v.minOrderAmount > 0 && v.discountValue > v.minOrderAmount) {
          ctx.addIssue({ code: "custom", path: ["discountValue"], message: "할인 금액이 최소 주문 금액보다 클 수 없어요." });
        }
        if (v.discountType === "PERCENT" && v.discountValue > limits.maxPercent) {
          ctx.addIssue({ code: "custom", path: ["discountValue"], message: `할인율은 ${limits.maxPercent}%까지예요.` });
        }
        if (v.discountType === "AMOUNT" && v.maxDiscount !== null) {
          ctx.addIssue({ code: "custom", path: ["maxDiscount"], message: "최대 할인 금액은 정률 할인에만 정할 수 있어요." });
        }
        // Object checks run even when a field failed (zod 4): a bad instant is still its raw input
        // here, already reported on its own field.
        if (!(v.startsAt instanceof Date) || !(v.endsAt instanceof Date)) return;
        if (v.endsAt <= v.startsAt) ctx.addIssue({ code: "custom", path: ["endsAt"], message: "종료 시각은 시작 시각보다 뒤여야 해요." });
        if (v.endsAt.getTime() - v.startsAt.getTime() > 90 * 86_400_000) {
          ctx.addIssue({ code: "custom", path: ["endsAt"], message: "이벤트 기간은 90일까지예요." });
        }
      }),
    );
}

export type CouponEventInput = z.infer<ReturnType<typeof couponEventSchema>>;

/** The request body's shape with ISO instants, and numbers still blank: what a page prefills the form with. */
export type EventFormValues = {
  title: string;
  description: string;
  bannerImage: string | null;
  discountType: "AMOUNT" | "PERCENT";
  discountValue: number | null;
  maxDiscount: number | null;
  minOrderAmount: number;
  totalQuantity: number;
  startsAt: string;
  endsAt: string;
  validDays: number;
};
