-- Auth.js's database-session and email-token tables were never written: sessions are JWTs
-- (revocation is ours, in Redis) and mail-link tokens live hashed in Redis with a TTL.
-- @auth/core only calls the adapter's session methods under the "database" strategy and its
-- verification-token methods for an email provider; we configure neither.

-- DropTable (its index and foreign key go with it)
DROP TABLE "sessions";

-- DropTable
DROP TABLE "verification_tokens";
