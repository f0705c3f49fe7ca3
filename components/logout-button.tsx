"use client";

import { logout } from "@/components/logout-action";

/**
 * 로그아웃, then home loaded afresh: nothing the member saw (the router's copies of personal
 * pages, the viewer's state) outlives the session in this tab.
 */
export function LogoutButton() {
  async function logOut() {
    await logout();
    // eslint-disable-next-line @next/next/no-location-assign-relative-destination -- a full load on purpose: no copy of a personal page stays in the router
    window.location.assign("/");
  }
  return (
    <form action={logOut}>
      <button type="submit" className="rounded-full px-2 py-1 text-stone-600 hover:bg-stone-100">
        로그아웃
      </button>
    </form>
  );
}
