/**
 * Kakao's own button style: #FEE500, black symbol, 85% black label. The page passes its
 * server action (app/login/actions.ts kakaoLogin), so components never import from app/.
 */
export function KakaoLoginButton({ action, callbackUrl, label = "카카오 로그인" }: { action: (form: FormData) => Promise<void>; callbackUrl: string; label?: string }) {
  return (
    <form action={action}>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <button type="submit" className="flex h-12 w-full items-center justify-center gap-2 rounded-xl bg-kakao text-[15px] font-semibold text-black/85 hover:brightness-95">
        <svg viewBox="0 0 24 24" aria-hidden="true" className="size-5">
          <path fill="#000" d="M12 3.5c-5 0-9 3.2-9 7.1 0 2.5 1.6 4.7 4.1 5.9l-.9 3.3c-.1.3.3.5.5.3l3.9-2.6c.5.1.9.1 1.4.1 5 0 9-3.2 9-7.1S17 3.5 12 3.5Z" />
        </svg>
        {label}
      </button>
    </form>
  );
}
