import { kakaoLogin } from "@/app/login/actions";

/** Kakao's own button style: #FEE500, black symbol, 85% black label. */
export function KakaoLoginButton({ callbackUrl, label = "카카오 로그인" }: { callbackUrl: string; label?: string }) {
  return (
    <form action={kakaoLogin}>
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
