import { growthScale } from "@/components/growth-chart-scale";
import type { GrowthDay } from "@/lib/studio";

const W = 720;
const H = 220;
const PAD = { top: 12, right: 8, bottom: 28, left: 36 };

/**
 * Follows (up), unfollows (down) and the running net growth per day, drawn as SVG on the
 * server (no chart library shipped to the browser). Screen readers get the summary and a table.
 */
export function GrowthChart({ days, title }: { days: GrowthDay[]; title: string }) {
  const follows = days.reduce((s, d) => s + d.follows, 0);
  const unfollows = days.reduce((s, d) => s + d.unfollows, 0);
  // One scale for bars, line and labels (growth-chart-scale.ts).
  const { ticks, cumulative, position } = growthScale(days);
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const yOf = (n: number) => PAD.top + position(n) * innerH;
  const mid = yOf(0);
  const step = innerW / Math.max(1, days.length);
  const bar = Math.max(1, step * 0.6);
  const line = cumulative.map((n, i) => `${i ? "L" : "M"}${(PAD.left + step * i + step / 2).toFixed(1)},${yOf(n).toFixed(1)}`).join("");
  const summary = `최근 ${days.length}일 동안 ${follows}명이 팔로우하고 ${unfollows}명이 팔로우를 취소해, 순증 ${follows - unfollows >= 0 ? "+" : ""}${follows - unfollows}명이에요.`;
  const labelEvery = Math.ceil(days.length / 6);
  return (
    <figure className="rounded-2xl border border-stone-200 p-4">
      <figcaption className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
        <span className="font-semibold">{title}</span>
        <span className="text-sm text-stone-600">{summary}</span>
      </figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary} className="h-auto w-full">
        {ticks.map((t) => (
          <g key={t}>
            <line x1={PAD.left} x2={W - PAD.right} y1={yOf(t)} y2={yOf(t)} stroke={t === 0 ? "#d6d3d1" : "#f5f5f4"} />
            <text x={PAD.left - 6} y={yOf(t) + 3.5} textAnchor="end" fontSize="10" fill="#78716c">
              {t > 0 ? `+${t}` : t}
            </text>
          </g>
        ))}
        {days.map((d, i) => {
          const x = PAD.left + step * i + (step - bar) / 2;
          return (
            <g key={d.day}>
              {d.follows > 0 && <rect x={x} y={yOf(d.follows)} width={bar} height={mid - yOf(d.follows)} rx={1} fill="#f0642d" />}
              {d.unfollows > 0 && <rect x={x} y={mid} width={bar} height={yOf(-d.unfollows) - mid} rx={1} fill="#a8a29e" />}
              {i % labelEvery === 0 && (
                <text x={x + bar / 2} y={H - 8} textAnchor="middle" fontSize="10" fill="#78716c">
                  {d.day.slice(5).replace("-", "/")}
                </text>
              )}
            </g>
          );
        })}
        <path d={line} fill="none" stroke="#1f1d1a" strokeWidth={1.5} />
      </svg>
      <ul className="mt-2 flex gap-4 text-xs text-stone-600" aria-hidden="true">
        <li className="flex items-center gap-1"><span className="inline-block size-2.5 rounded-sm bg-brand-500" />팔로우</li>
        <li className="flex items-center gap-1"><span className="inline-block size-2.5 rounded-sm bg-stone-400" />팔로우 취소</li>
        <li className="flex items-center gap-1"><span className="inline-block h-0.5 w-3 bg-ink" />누적 순증</li>
      </ul>
      <details className="mt-3 text-sm">
        <summary className="cursor-pointer text-stone-500">표로 보기</summary>
        <table className="mt-2 w-full text-left text-xs">
          <thead>
            <tr className="text-stone-500">
              <th scope="col" className="py-1">날짜</th>
              <th scope="col">팔로우</th>
              <th scope="col">취소</th>
              <th scope="col">순증</th>
            </tr>
          </thead>
          <tbody>
            {days.map((d) => (
              <tr key={d.day} className="border-t border-stone-100">
                <th scope="row" className="py-1 font-normal">{d.day}</th>
                <td>{d.follows}</td>
                <td>{d.unfollows}</td>
                <td>{d.net}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
