import { EmptyState } from "@/components/empty-state";
import { EventList, type ListedEvent } from "@/components/coupon-events/event-list";

type Props = {
  /** The console's name above the title (마케터 콘솔, 작가 스튜디오). */
  eyebrow: string;
  title: string;
  intro: string;
  /** A status filter above the list (the marketer's console). */
  filter?: React.ReactNode;
  events: ListedEvent[];
  hrefOf: (id: number) => string;
  newHref: string;
  emptyText: string;
};

/** A console's coupon events: title, 새 이벤트 만들기, and the list (or an empty state that offers the same). Marketers and owners alike. */
export function EventsOverview({ eyebrow, title, intro, filter, events, hrefOf, newHref, emptyText }: Props) {
  return (
    <>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <p className="text-sm font-semibold text-brand-600">{eyebrow}</p>
          <h1 className="mt-1 text-2xl font-bold">{title}</h1>
          <p className="mt-2 text-sm text-stone-600">{intro}</p>
        </div>
        {events.length > 0 && (
          <a href={newHref} className="rounded-full bg-brand-500 px-5 py-2.5 text-sm font-semibold text-white hover:bg-brand-600">
            새 이벤트 만들기
          </a>
        )}
      </div>
      {filter}
      <div className="mt-8">{events.length > 0 ? <EventList events={events} hrefOf={hrefOf} /> : <EmptyState text={emptyText} href={newHref} cta="새 이벤트 만들기" />}</div>
    </>
  );
}
