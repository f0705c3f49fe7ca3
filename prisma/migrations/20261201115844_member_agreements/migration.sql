-- Signup agreements (issue #16 item 4): 이용약관, 개인정보 수집·이용 and 만 14세 이상 are required
-- at signup, 광고성 정보 수신 is optional; each is kept with the time it was given.
-- Members who signed up before these questions existed agreed to the terms of their day: their
-- required agreements are dated from their signup. Nobody is opted in to advertising mail.

ALTER TABLE "members"
  ADD COLUMN "terms_agreed_at" TIMESTAMP(3),
  ADD COLUMN "privacy_agreed_at" TIMESTAMP(3),
  ADD COLUMN "age14_confirmed_at" TIMESTAMP(3),
  ADD COLUMN "marketing_consent_at" TIMESTAMP(3),
  ADD COLUMN "marketing_consent_changed_at" TIMESTAMP(3);

UPDATE "members" SET "terms_agreed_at" = "created_at", "privacy_agreed_at" = "created_at", "age14_confirmed_at" = "created_at";
