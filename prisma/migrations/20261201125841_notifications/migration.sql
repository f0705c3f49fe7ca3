-- 마이페이지 알림 and follower news (issue #16 item 5): one row per follower and follower coupon.
-- (member, event) is unique, so the fan-out's INSERT … ON CONFLICT DO NOTHING writes each row once
-- however often it runs. mail_batch fixes, when the row is written, which news mail batch the
-- member is in (null: no mail); mailed_at is written by the one statement that records a batch
-- sent (lib/follower-news.ts).

CREATE TABLE "notifications" (
    "id" BIGSERIAL NOT NULL,
    "user_id" TEXT NOT NULL,
    "event_id" INTEGER NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "read_at" TIMESTAMP(3),
    "mail_batch" INTEGER,
    "mailed_at" TIMESTAMP(3),

    CONSTRAINT "notifications_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "notifications_user_id_event_id_key" ON "notifications"("user_id", "event_id");
CREATE INDEX "notifications_user_id_created_at_id_idx" ON "notifications"("user_id", "created_at" DESC, "id" DESC);
CREATE INDEX "notifications_event_id_mail_batch_idx" ON "notifications"("event_id", "mail_batch");

ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "coupon_events"("id") ON DELETE CASCADE ON UPDATE CASCADE;
