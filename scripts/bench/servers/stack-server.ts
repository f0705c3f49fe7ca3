// (c) The stack's own limit: the app's claim (lib/coupons/claim.ts: the same Lua script through
// the same @upstash/redis client and the gateway, then the same PostgreSQL write through the same
// Prisma client) in a bare node:http server — everything of (a) except Next.js and the balancer.
// (d) The same with BENCH_BATCHED=1: the claims of one event-loop turn go through each step
// together, so their Redis commands share gateway requests (serve's `batched`): what a lean
// claim gate in front of the instances could decide on this machine (issue #15).
import { claimCoupon } from "@/lib/coupons/claim";
import { eventMeta } from "@/lib/coupons/state";
import { DomainError } from "@/lib/errors";
import { refuseClaim, serve } from "./common.ts";

const batched = process.env.BENCH_BATCHED === "1";

serve(batched ? "batched stack server (d)" : "stack server (c)", {
  async claim(eventId, memberId, address) {
    try {
      // As the app's route answers (app/api/coupon-events/[id]/claim/route.ts).
      const outcome = await claimCoupon(eventId, memberId, address);
      if (outcome.status === "ISSUED") return { status: 201, body: { coupon: outcome.coupon } };
      const { retryAfterSeconds, ...place } = outcome;
      return { status: 202, body: place, headers: { "retry-after": String(retryAfterSeconds) } };
    } catch (error) {
      if (error instanceof DomainError) return refuseClaim(error);
      throw error;
    }
  },
  // Loads the event's Redis state and this process's metadata cache, as the event page's polling
  // does for the app before an event opens.
  async warm(eventId) {
    await eventMeta(eventId);
  },
}, { batched });
