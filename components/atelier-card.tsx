import { FollowButton } from "@/components/follow-button";
import { ToggleCount } from "@/components/toggles/toggle-count";
import { PinIcon } from "@/components/icons/pin";
import type { AtelierCardData } from "@/lib/catalog";

type Props = { atelier: AtelierCardData; note?: string; refreshAfter?: boolean };

/** The same for every visitor; the follow button's state is the viewer's (FollowButton). */
export function AtelierCard({ atelier, note, refreshAfter }: Props) {
  return (
    <article className="flex items-center gap-3 rounded-2xl border border-stone-200 p-4">
      {/* eslint-disable-next-line @next/next/no-img-element -- locally generated SVG */}
      <img src={atelier.profileImage} alt="" width={56} height={56} loading="lazy" className="size-14 shrink-0 rounded-full bg-stone-100" />
      <div className="min-w-0 flex-1">
        <h3 className="truncate font-semibold">
          <a href={`/ateliers/${atelier.id}`} className="hover:underline">
            {atelier.name}
          </a>
        </h3>
        <p className="truncate text-xs text-stone-500">{atelier.tagline}</p>
        <p className="mt-0.5 flex items-center gap-1 text-xs text-stone-500">
          <PinIcon className="size-3.5" />
          {atelier.location} · 팔로워 <ToggleCount kind="follow" id={atelier.id} pageCount={atelier.followerCount} />
          {note && ` · ${note}`}
        </p>
      </div>
      <FollowButton atelierId={atelier.id} atelierName={atelier.name} followerCount={atelier.followerCount} refreshAfter={refreshAfter} />
    </article>
  );
}

/** Atelier cards in the grid every list of ateliers uses (home, 작가 둘러보기, search). */
export function AtelierGrid({ ateliers }: { ateliers: AtelierCardData[] }) {
  return (
    <ul className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">
      {ateliers.map((a) => (
        <li key={a.id}>
          <AtelierCard atelier={a} />
        </li>
      ))}
    </ul>
  );
}
