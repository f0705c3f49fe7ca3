// What 컴공방 keeps in the Auth.js token and session (see lib/auth/config.ts).
import "next-auth";
import "next-auth/jwt";

type Role = "USER" | "MARKETER";

declare module "next-auth" {
  interface User {
    nickname?: string;
    role?: Role;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    memberId?: string;
    /** This session's own id: what logout revokes. */
    sid?: string;
    /** Login time (ms); the session ends at authAt + SESSION_MAX_AGE whatever the cookie says. */
    authAt?: number;
    nickname?: string;
    role?: Role;
    atelierId?: number | null;
  }
}
