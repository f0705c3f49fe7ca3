import { redirect } from "next/navigation";
import { ConnectKakao } from "@/app/mypage/account/connect-kakao";
import { DisconnectKakaoButton } from "@/app/mypage/account/disconnect-kakao";
import { FormAlert } from "@/components/forms/form-alert";
import { signIn } from "@/lib/auth/config";
import { isFreshlyAuthenticated } from "@/lib/auth/reauth";
import { getSignedInMember } from "@/lib/auth/signed-in-member";

async function connectKakao() {
  "use server";
  // Kakao sign-in while signed in links Kakao to this member; the real guard is the signIn
  // callback (lib/auth/login-methods.ts). This check only spares a stale session the trip.
  const member = await getSignedInMember();
  if (!member) redirect("/login?callbackUrl=%2Fmypage%2Faccount");
  if (!(await isFreshlyAuthenticated(member))) redirect("/mypage/account?kakao=reauth");
  await signIn("kakao", { redirectTo: "/mypage/account?kakao=linked" });
}

const NOTICES: Record<string, { tone: "success" | "error"; text: string }> = {
  linked: { tone: "success", text: "카카오 계정을 연결했어요. 이제 카카오로도 로그인할 수 있어요." },
  taken: { tone: "error", text: "이 카카오 계정은 이미 다른 컴공방 계정에 연결되어 있어요." },
  another: { tone: "error", text: "이미 다른 카카오 계정이 연결되어 있어요. 먼저 연결을 해제해 주세요." },
  reauth: { tone: "error", text: "로그인한 지 5분이 지나 본인 확인이 필요해요. 비밀번호를 다시 입력한 뒤 연결해 주세요." },
};

export function KakaoConnection({ linked, hasPassword, needsReauth, notice }: { linked: boolean; hasPassword: boolean; needsReauth: boolean; notice: string | null }) {
  const message = notice ? NOTICES[notice] : undefined;
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
          <span className={hasPassword ? "font-semibold text-emerald-700" : "text-stone-400"}>{hasPassword ? "사용 중" : "없음"}</span>
        </li>
        <li className="flex flex-wrap items-center justify-between gap-3 p-4 text-sm">
          <span className="flex items-center gap-2">
            <span aria-hidden="true" className="inline-block size-5 rounded-full bg-kakao" />
            카카오
          </span>
          {linked ? (
            <DisconnectKakaoButton />
          ) : (
            <ConnectKakao connect={connectKakao} needsReauth={needsReauth} hasPassword={hasPassword} askNow={notice === "reauth"} />
          )}
        </li>
      </ul>
    </section>
  );
}
