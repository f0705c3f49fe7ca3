// Public pages served from cache (lib/page-cache/, nginx): one document for everyone, with a CSP
// made of the hashes of that document's own inline scripts; personal pages rendered per request.
import { createHash } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { closeData } from "../support/data";
import { createMembers } from "../support/members";

const app = process.env.APP_URL!;
const instances = process.env.APP_INSTANCE_URLS!.split(",");

afterAll(closeData);

const scriptSrcOf = (response: Response) =>
  response.headers.get("content-security-policy")!.split("; ").find((directive) => directive.startsWith("script-src "))!;

const inlineScripts = (html: string) =>
  [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(([, attributes]) => !/\bsrc=/.test(attributes!)).map(([, , text]) => text!);

const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

describe("public pages from cache", () => {
  it.each(["/", "/products/5", "/ateliers", "/ateliers/2", "/events/1", "/categories/ceramics", "/search?q=%EB%A8%B8%EA%B7%B8"])(
    "%s allows exactly its own inline scripts by hash, with no nonce and no 'unsafe-inline'",
    async (path) => {
      const response = await fetch(`${instances[0]}${path}`);
      expect(response.status).toBe(200);
      const scriptSrc = scriptSrcOf(response);
      expect(scriptSrc).not.toMatch(/nonce-|unsafe-inline|unsafe-eval|strict-dynamic/);
      const html = await response.text();
      const scripts = inlineScripts(html);
      expect(scripts.length).toBeGreaterThan(0);
      for (const script of scripts) expect(scriptSrc).toContain(sha256(script));
      expect(html).not.toMatch(/\bnonce="/);
    },
  );

  it("a client-side navigation that regenerates a public page leaves no nonce in everyone's rendering", async () => {
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    const path = "/events";
    await fetch(`${instances[1]}${path}`);
    // Past its ISR lifetime (3 s), a navigation's flight request finds the page stale and regenerates it.
    await sleep(3_500);
    for (let i = 0; i < 3; i++) {
      expect((await fetch(`${instances[1]}${path}`, { headers: { RSC: "1" } })).status).toBe(200);
      await sleep(500);
    }
    // The page cache keeps its rendering a second, then takes the regenerated one.
    await sleep(1_500);
    await fetch(`${instances[1]}${path}`);
    await sleep(500);
    expect(await (await fetch(`${instances[1]}${path}`)).text()).not.toMatch(/\bnonce="/);
  });

  it("is public for a shared cache, sets no cookie, and is the same document for a signed-in member", async () => {
    const [member] = await createMembers(1, "pcache");
    const anonymous = await fetch(`${instances[0]}/products/7`);
    const signedIn = await fetch(`${instances[0]}/products/7`, { headers: { cookie: member!.cookie } });
    for (const response of [anonymous, signedIn]) {
      expect(response.headers.get("cache-control")).toMatch(/^public, .*s-maxage=\d+/);
      expect(response.headers.get("set-cookie")).toBeNull();
    }
    expect(await signedIn.text()).toBe(await anonymous.text());
    expect(signedIn.headers.get("content-security-policy")).toBe(anonymous.headers.get("content-security-policy"));
  });

  it.each(["/products/999999", "/no-such-page"])("%s is a cacheable 404 page under the same kind of policy", async (path) => {
    const response = await fetch(`${instances[0]}${path}`);
    expect(response.status).toBe(404);
    expect(response.headers.get("cache-control")).toMatch(/^public, /);
    const scriptSrc = scriptSrcOf(response);
    for (const script of inlineScripts(await response.text())) expect(scriptSrc).toContain(sha256(script));
  });

  it("nginx answers a public page from its cache, and never a personal one", async () => {
    // The page is asked for twice in a row; the second answer comes from nginx. (Up to three pairs:
    // in one full clean-clone run, under the heaviest parallel tests, a second answer was a MISS,
    // the first not stored yet; each first answer is still required to be a 200.)
    let cache: string | null = null;
    for (let attempt = 0; attempt < 3 && !/HIT|UPDATING|STALE/.test(cache ?? ""); attempt++) {
      const path = `/products/9?cache-probe=${Date.now()}`;
      expect((await fetch(`${app}${path}`)).status).toBe(200);
      cache = (await fetch(`${app}${path}`)).headers.get("x-cache");
    }
    expect(cache).toMatch(/HIT|UPDATING|STALE/);
    for (const personal of ["/login", "/signup"]) {
      await fetch(`${app}${personal}`);
      const response = await fetch(`${app}${personal}`);
      expect(response.headers.get("x-cache"), personal).not.toMatch(/HIT|STALE|UPDATING/);
    }
  });
});
