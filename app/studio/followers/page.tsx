import { FollowerManager } from "@/app/studio/followers/follower-manager";
import { StudioNav } from "@/app/studio/studio-nav";
import { GrowthChart } from "@/components/growth-chart";
import { requireAtelierOwnerPage } from "@/lib/auth/roles";
import { formatCount } from "@/lib/format";
import { followerGrowth, listFollowers } from "@/lib/studio";

export const metadata = { title: "팔로워 관리" };

type Props = { searchParams: Promise<{ range?: string }> };

export default async function StudioFollowersPage({ searchParams }: Props) {
  const { atelier } = await requireAtelierOwnerPage("/studio/followers");
  const range = (await searchParams).range === "90" ? 90 : 30;
  const [growth, first] = await Promise.all([followerGrowth(atelier.id, range), listFollowers(atelier.id, { sort: "newest" })]);
  return (
    <div className="mx-auto max-w-6xl px-4 pt-8">
      <StudioNav current="/studio/followers" />
      <p className="mt-6 text-sm font-semibold text-brand-600">작가 스튜디오</p>
      <h1 className="mt-1 text-2xl font-bold">{atelier.name} 팔로워</h1>
      <p className="mt-2 text-stone-600">
        지금 <strong className="text-ink">{formatCount(atelier.followerCount)}명</strong>이 공방을 팔로우하고 있어요.
      </p>

      <section aria-labelledby="growth-title" className="mt-8">
        <div className="mb-3 flex items-center justify-between">
          <h2 id="growth-title" className="text-lg font-bold">팔로워 추이</h2>
          <nav aria-label="기간" className="flex gap-1 text-sm">
            {[30, 90].map((days) => (
              <a
                key={days}
                href={`/studio/followers?range=${days}`}
                aria-current={range === days ? "true" : undefined}
                className={`rounded-full px-3 py-1 ${range === days ? "bg-ink text-white" : "text-stone-600 hover:bg-stone-100"}`}
              >
                최근 {days}일
              </a>
            ))}
          </nav>
        </div>
        <GrowthChart days={growth} title={`최근 ${range}일 팔로우 · 팔로우 취소`} />
      </section>

      <section aria-labelledby="followers-title" className="mt-10">
        <FollowerManager first={first} title={<h2 id="followers-title" className="text-lg font-bold">팔로워 목록</h2>} />
      </section>
    </div>
  );
}
