-- 오픈 알림 (issue #16): who asked to be mailed before an upcoming coupon event opens.
-- (member, event) is unique, so PUT is idempotent under any concurrency; sent_at and sent_for
-- (the start time the mail announced) are written by the one statement that records a reminder
-- mail as sent (lib/reminders.ts): once per start time.

CREATE TABLE "reminder_subscriptions" (
    "id" BIGSERIAL NOT NULL,
    "user_id" TEXT NOT NULL,
    "event_id" INTEGER NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sent_at" TIMESTAMP(3),
    "sent_for" TIMESTAMP(3),

    CONSTRAINT "reminder_subscriptions_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "reminder_subscriptions_user_id_event_id_key" ON "reminder_subscriptions"("user_id", "event_id");
CREATE INDEX "reminder_subscriptions_event_id_idx" ON "reminder_subscriptions"("event_id");

ALTER TABLE "reminder_subscriptions" ADD CONSTRAINT "reminder_subscriptions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "reminder_subscriptions" ADD CONSTRAINT "reminder_subscriptions_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "coupon_events"("id") ON DELETE CASCADE ON UPDATE CASCADE;
