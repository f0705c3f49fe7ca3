-- Kakao's access, refresh and ID tokens were stored on every login and never used: we take the
-- member's identity at login and call no Kakao API afterwards. Stored, they would let anyone who
-- reads the database act on members' Kakao accounts. lib/auth/adapter.ts (linkAccount) no longer
-- writes them; this clears the ones already stored, and the check keeps any future code path
-- from storing them again. The columns stay: @auth/prisma-adapter's Account shape names them.

UPDATE "accounts" SET "access_token" = NULL, "refresh_token" = NULL, "id_token" = NULL
WHERE "access_token" IS NOT NULL OR "refresh_token" IS NOT NULL OR "id_token" IS NOT NULL;

ALTER TABLE "accounts" ADD CONSTRAINT "accounts_no_oauth_tokens"
  CHECK ("access_token" IS NULL AND "refresh_token" IS NULL AND "id_token" IS NULL);
