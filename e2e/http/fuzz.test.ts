// Every route handler under app/api, found from the file tree (a new handler is fuzzed without
// anyone adding it here), gets generated requests: wrong types, huge and deep bodies, invalid
// UTF-8, SQL and script fragments, emoji, odd content types, queries and headers — as a
// visitor, a shopper and a marketer. Always: no 5xx, no internals in the body, the error shape
// of the design doc, and nothing written (rows and Redis keys) when the answer is 4xx.
// Replay a failure with FUZZ_SEED=<seed> (printed below); FUZZ_RUNS sets the runs per case.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clearRateLimits, closeData, redis, sql } from "../support/data";
import { createMembers, sessionCookie } from "../support/members";

const app = process.env.APP_URL!;
const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2_147_483_647);
const runs = Number(process.env.FUZZ_RUNS ?? 8);
console.log(`fuzz seed=${seed} runs=${runs} (replay: FUZZ_SEED=${seed})`);

type Route = { template: string; methods: string[] };

/** app/api/**\/route.ts → URL templates ([id], [...nextauth]) and the methods each exports. */
function discoverRoutes(): Route[] {
  const root = path.resolve(import.meta.dirname, "../../app/api");
  const found: Route[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "route.ts") {
        const source = readFileSync(full, "utf8");
        const methods = [...new Set([...source.matchAll(/export const (?:\{ ([^}]+) \}|(GET|POST|PUT|PATCH|DELETE)\b)/g)].flatMap((m) => (m[1] ? m[1].split(/,\s*/) : [m[2]!])))];
        found.push({ template: `/api/${path.relative(root, dir).split(path.sep).join("/")}`, methods });
      }
    }
  };
  walk(root);
  return found;
}

const routes = discoverRoutes();
const isAuthJs = (template: string) => template.includes("[...nextauth]");

const sqlish = fc.constantFrom("' OR 1=1 --", "1; DROP TABLE members;", "\" UNION SELECT password_hash FROM members --", "%' AND pg_sleep(5) --", "$1", "\\x00");
const scriptish = fc.constantFrom("<script>alert(1)</script>", "javascript:alert(1)", "{{7*7}}", "${process.env}", "<img src=x onerror=alert(1)>");
const emoji = fc.constantFrom("🎁🧶🕯️", "🇰🇷", "👩‍👩‍👧‍👦".repeat(50), "\u202e\u0000\ufffe");
const weirdString = fc.oneof(fc.string({ maxLength: 80 }), fc.string({ unit: "grapheme", maxLength: 40 }), sqlish, scriptish, emoji, fc.constant("가".repeat(5_000)));
const weirdValue = fc.oneof(weirdString, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(weirdString, { maxLength: 3 }), fc.dictionary(weirdString, weirdString, { maxKeys: 3 }));

const FIELDS = ["email", "password", "passwordConfirm", "currentPassword", "nickname", "token", "confirmation", "title", "description", "bannerImage", "discountType", "discountValue", "maxDiscount", "minOrderAmount", "totalQuantity", "startsAt", "endsAt", "validDays", "csrfToken", "callbackUrl"];

/** Bodies: near-valid records with broken fields, random JSON, deep nesting, huge strings, bad bytes. */
const body: fc.Arbitrary<string | Uint8Array | undefined> = fc.oneof(
  fc.dictionary(fc.constantFrom(...FIELDS), weirdValue, { maxKeys: 8 }).map((o) => JSON.stringify(o)),
  fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
  fc.nat({ max: 5_000 }).map((n) => `${"[".repeat(n)}${"]".repeat(n)}`),
  fc.constant(JSON.stringify({ email: `${"a".repeat(1_000_000)}@x.kr`, password: "p" })),
  fc.uint8Array({ minLength: 1, maxLength: 64 }),
  weirdString,
  fc.constant(undefined),
);

const contentType = fc.constantFrom("application/json", "application/json; charset=utf-8", "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", undefined, "application/json; charset=latin1", "x-unknown/x-unknown", "application/json, text/html");

// Query values stay under Node's 16 KB header limit: longer URLs are refused (431) by the HTTP
// server before any of our code runs, which is what a server should do with them.
const queryValue = fc.oneof(fc.string({ maxLength: 80 }), sqlish, scriptish, emoji, fc.constant("a".repeat(3_000)), fc.constant("가".repeat(300)));
const query = fc.dictionary(fc.constantFrom("q", "cursor", "sort", "state", "page", "live", "range", "x"), queryValue, { maxKeys: 3 });

const segment = (name: string) =>
  name.startsWith("[...")
    ? fc.constantFrom("session", "csrf", "providers", "signin", "signout", "callback/credentials", "callback/kakao", "error", "signin/kakao", "nope/nope")
    : fc.oneof(fc.constantFrom("1", "abc", "-1", "0", "99999999999", "1e3", "..%2F..", "%F0%9F%8E%81", "1%3B%20DROP"), fc.constant("fixture"), queryValue.map((s) => encodeURIComponent(s) || "x"));

function pathFor(template: string): fc.Arbitrary<string> {
  const parts = template.split("/").map((p) => (/^\[.*\]$/.test(p) || /^\[.*\]\.csv$/.test(p) ? segment(p.replace(/\.csv$/, "")) : fc.constant(p)));
  // "fixture" names this file's own coupon event, so a valid request (a marketer closing an
  // event) changes nothing the other tests rely on.
  return fc.tuple(...parts).map((p) => p.join("/").replaceAll("fixture", String(fixtureEventId)));
}

type Snapshot = { rows: string; keys: string };

/** Row counts of every table and the Redis key set (rate-limit windows aside: they count attempts by design). */
async function snapshot(): Promise<Snapshot> {
  const tables = ["members", "accounts", "ateliers", "categories", "products", "likes", "follows", "follow_events", "coupon_events", "coupons"];
  const { rows } = await sql().query(`SELECT ${tables.map((t) => `(SELECT count(*) FROM ${t}) AS ${t}`).join(", ")}`);
  const keys = (await redis().keys("*")).filter((k) => !k.startsWith("rl:")).sort();
  return { rows: JSON.stringify(rows[0]), keys: JSON.stringify(keys) };
}

const LEAKS = /PrismaClient|prisma\.|node_modules|\bat [\w.<>]+ \(|ECONNREFUSED|stack|SQLSTATE|syntax error at/i;

let identities: { name: string; cookie?: string }[] = [];
let fixtureEventId = 0;

beforeAll(async () => {
  await clearRateLimits();
  const [shopper] = await createMembers(1, "fuzz");
  const marketer = (await sql().query("SELECT id, nickname FROM members WHERE email = 'marketer@example.com'")).rows[0];
  fixtureEventId = (
    await sql().query(
      "INSERT INTO coupon_events (title, discount_type, discount_value, total_quantity, starts_at, ends_at, valid_days, updated_at) VALUES ('퍼징 이벤트', 'AMOUNT', 1000, 50, now() - interval '1 minute', now() + interval '1 day', 7, now()) RETURNING id",
    )
  ).rows[0].id;
  identities = [
    { name: "visitor" },
    { name: "shopper", cookie: shopper!.cookie },
    { name: "marketer", cookie: await sessionCookie({ id: marketer.id, nickname: marketer.nickname, role: "MARKETER" }) },
  ];
});
afterAll(closeData);

describe("fuzzing every route handler", () => {
  it("found the handlers from the file tree", () => {
    expect(routes.length).toBeGreaterThan(15);
    expect(routes.map((r) => r.template)).toEqual(expect.arrayContaining(["/api/auth/signup", "/api/coupon-events/[id]/claim", "/api/products/[id]/like"]));
  });

  for (const route of routes) {
    for (const method of route.methods) {
      it(`${method} ${route.template}`, async () => {
        for (const identity of identities) {
          await fc.assert(
            fc.asyncProperty(pathFor(route.template), query, body, contentType, fc.constantFrom(undefined, "203.0.113.7", "not-an-ip, ::1"), async (pathname, params, payload, type, forwardedFor) => {
              await clearRateLimits();
              const before = await snapshot();
              const headers: Record<string, string> = {};
              if (identity.cookie) headers.cookie = identity.cookie;
              if (type) headers["content-type"] = type;
              if (forwardedFor) headers["x-forwarded-for"] = forwardedFor;
              const url = `${app}${pathname}?${new URLSearchParams(params)}`;
              const sendsBody = method !== "GET" && payload !== undefined;
              const response = await fetch(url, { method, headers, body: sendsBody ? (payload as BodyInit) : undefined, redirect: "manual" });
              const text = await response.text();
              const label = `${identity.name} ${method} ${pathname} → ${response.status}`;
              expect(response.status, label).toBeLessThan(500);
              expect(LEAKS.test(text), `${label}: ${text.slice(0, 300)}`).toBe(false);
              if (response.status >= 400 && !isAuthJs(route.template)) {
                const error = (JSON.parse(text) as { error: { code: string; message: string } }).error;
                expect(error.code, label).toMatch(/^[A-Z_]+$/);
                expect(error.message.length, label).toBeGreaterThan(0);
                expect(await snapshot(), `${label} wrote something`).toEqual(before);
              }
            }),
            { seed, numRuns: runs, endOnFailure: true },
          );
        }
      }, 300_000);
    }
  }
});
