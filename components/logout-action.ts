"use server";

import { signOut } from "@/lib/auth/config";

/** Auth.js's signOut event revokes this session's id (lib/auth/config.ts) and clears the cookie. */
export async function logout(): Promise<void> {
  await signOut({ redirect: false });
}
