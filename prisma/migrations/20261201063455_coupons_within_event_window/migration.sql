-- No coupon of a closed event, or issued outside its event's window, whatever Redis answered:
-- a Redis copy that lost its `closed` flag (or holds a stale window) may admit a claim, but the
-- row is refused here and the claim answers EVENT_CLOSED (lib/coupons/claim.ts).
-- A closed event takes no rows at all (no clock is compared). The window is compared with
-- issued_at, which the claim sets to its admission time on Redis's clock, the clock that
-- admitted it: a correct copy is never contradicted by a difference between clocks.
CREATE FUNCTION "coupons_within_event_window"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  event RECORD;
BEGIN
  SELECT "starts_at", "ends_at", "closed_at" INTO event FROM "coupon_events" WHERE "id" = NEW."event_id";
  -- A missing event is the foreign key's to refuse.
  IF NOT FOUND THEN
    RETURN NEW;
  END IF;
  IF event."closed_at" IS NOT NULL OR NEW."issued_at" >= event."ends_at" THEN
    RAISE EXCEPTION 'coupon event % is closed', NEW."event_id" USING ERRCODE = 'GB001';
  END IF;
  IF NEW."issued_at" < event."starts_at" THEN
    RAISE EXCEPTION 'coupon event % has not opened', NEW."event_id" USING ERRCODE = 'GB002';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "coupons_within_event_window" BEFORE INSERT OR UPDATE OF "event_id", "issued_at" ON "coupons"
  FOR EACH ROW EXECUTE FUNCTION "coupons_within_event_window"();
