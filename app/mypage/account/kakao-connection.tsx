import { redirect } from "next/navigation";
import { ConnectKakao } from "@/app/mypage/account/connect-kakao";
import { DisconnectKakaoButton } from "@/app/mypage/account/disconnect-kakao";
import { FormAlert } from "@/components/forms/form-alert";
import { signIn } from "@/lib/auth/config";
import { KAKAO_LINK_REFUSALS, kakaoLinkRefusedUrl } from "@/lib/auth/login-methods";
import { isFreshlyAuthenticated } from "@/lib/auth/reauth";
import { getSignedInMember } from "@/lib/auth/signed-in-member";
import { messageOf } from "@/lib/errors";

async function connectKakao() {
  "use server";
  // Kakao sign-in while signed in links Kakao to this member; the real guard is the signIn
  // callback (lib/auth/login-methods.ts). This check only spares a stale session the trip.
  const member = await getSignedInMember();
  if (!member) redirect("/login?callbackUrl=%2Fmypage%2Faccount");
  if (!(await isFreshlyAuthenticated(member))) redirect(kakaoLinkRefusedUrl("reauth"));
  await signIn("kakao", { redirectTo: "/mypage/account?kakao=linked" });
}

/** `?kakao=`: the link made, or why it was refused (lib/auth/login-methods.ts). */
function noticeOf(kakao: string | null): { tone: "success" | "error"; text: string } | undefined {
  if (kakao === "linked") return { tone: "success", text: "카카오 계정을 연결했어요. 이제 카카오로도 로그인할 수 있어요." };
  if (kakao && Object.hasOwn(KAKAO_LINK_REFUSALS, kakao)) return { tone: "error", text: messageOf(KAKAO_LINK_REFUSALS[kakao as keyof typeof KAKAO_LINK_REFUSALS]) };
  return undefined;
}

type Props = { linked: boolean; canLeave: boolean; hasPassword: boolean; needsReauth: boolean; notice: string | null };

export function KakaoConnection({ linked, canLeave, hasPassword, needsReauth, notice }: Props) {
  const message = noticeOf(notice);
  return (
    <section aria-labelledby="login-methods-title">
      <h2 id="login-methods-title" className="text-lg font-bold">로그인 방법</h2>
      {message && (
        <div className="mt-4">
          <FormAlert tone={message.tone}>{message.text}</FormAlert>
        </div>
      )}
      <ul className="mt-4 divide-y divide-stone-200 rounded-2xl border border-stone-200">
        <li className="flex items-center justify-between p-4 text-sm">
          <span>이메일 · 비밀번호</span>
          <span className={hasPassword ? "font-semibold text-emerald-700" : "text-stone-500"}>{hasPassword ? "사용 중" : "없음"}</span>
        </li>
        <li className="flex flex-wrap items-center justify-between gap-3 p-4 text-sm">
          <span className="flex items-center gap-2">
            <span aria-hidden="true" className="inline-block size-5 rounded-full bg-kakao" />
            카카오
          </span>
          {linked ? (
            <DisconnectKakaoButton blockedBy={canLeave ? null : messageOf("LAST_LOGIN_METHOD")} />
          ) : (
            <ConnectKakao connect={connectKakao} needsReauth={needsReauth} hasPassword={hasPassword} askNow={notice === "reauth"} />
          )}
        </li>
      </ul>
    </section>
  );
}
