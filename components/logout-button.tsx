import { signOut } from "@/lib/auth/config";

async function logout() {
  "use server";
  // Auth.js's signOut event revokes this session's id (lib/auth/config.ts) and clears the cookie.
  await signOut({ redirectTo: "/" });
}

export function LogoutButton() {
  return (
    <form action={logout}>
      <button type="submit" className="rounded-full px-2 py-1 text-stone-600 hover:bg-stone-100">
        로그아웃
      </button>
    </form>
  );
}
