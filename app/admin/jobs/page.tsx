import { AdminNav } from "@/app/admin/admin-nav";
import { requireMarketerPage } from "@/lib/auth/roles";
import { formatCount, formatDateTime } from "@/lib/format";
import { listDeadMail } from "@/lib/jobs/dead-letters";

export const metadata = { title: "메일 발송 실패" };

/**
 * Mail the job queue gave up on (lib/jobs): every retry failed, so it waits in the dead-letter
 * queue. Marketers see who did not get what and why, to tell them another way or ask engineering
 * to send it again once the cause is fixed.
 */
export default async function DeadMailPage() {
  await requireMarketerPage("/admin/jobs");
  const dead = await listDeadMail();
  return (
    <div className="mx-auto max-w-6xl px-4 pt-8">
      <AdminNav current="/admin/jobs" />
      <p className="text-sm font-semibold text-brand-600">마케터 콘솔</p>
      <h1 className="mt-1 text-2xl font-bold">메일 발송 실패</h1>
      <p className="mt-2 text-sm text-stone-600">여러 번 다시 보내도 전달되지 않은 메일이에요. 최근 30일 것까지, 최신순으로 보여 드려요.</p>
      {dead.length === 0 ? (
        <p className="mt-8 rounded-2xl border border-dashed border-stone-300 px-6 py-12 text-center text-stone-500">보내지 못한 메일이 없어요.</p>
      ) : (
        // Scrolls sideways on a phone: a focusable, named region, so a keyboard can scroll it too.
        <div className="mt-8 overflow-x-auto rounded-2xl border border-stone-200" role="region" aria-label="보내지 못한 메일" tabIndex={0}>
          <table className="w-full min-w-[48rem] text-left text-sm">
            <caption className="sr-only">보내지 못한 메일 {formatCount(dead.length)}통</caption>
            <thead className="bg-stone-50 text-stone-600">
              <tr>
                <th scope="col" className="px-4 py-3 font-semibold">포기한 시각</th>
                <th scope="col" className="px-4 py-3 font-semibold">받는 사람</th>
                <th scope="col" className="px-4 py-3 font-semibold">메일</th>
                <th scope="col" className="px-4 py-3 font-semibold">사유</th>
                <th scope="col" className="px-4 py-3 text-right font-semibold">시도</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-100">
              {dead.map((mail) => (
                <tr key={mail.id}>
                  <td className="whitespace-nowrap px-4 py-3 text-stone-600">{formatDateTime(mail.failedAt)}</td>
                  <td className="whitespace-nowrap px-4 py-3">{mail.to}</td>
                  <td className="px-4 py-3">{mail.what}</td>
                  <td className="min-w-64 px-4 py-3 break-words text-stone-600">{mail.reason}</td>
                  <td className="px-4 py-3 text-right tabular-nums">{formatCount(mail.tries)}회</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
