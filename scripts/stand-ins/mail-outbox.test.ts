import { Resend } from "resend";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type CaughtMail, type MailOutbox, startMailOutbox } from "./mail-outbox.ts";

let outbox: MailOutbox;
let resend: Resend;
const previousBaseUrl = process.env.RESEND_BASE_URL;

beforeAll(async () => {
  outbox = await startMailOutbox({ port: 0 });
  // The SDK reads RESEND_BASE_URL once, in its constructor — so set it first.
  process.env.RESEND_BASE_URL = outbox.url;
  resend = new Resend("re_test");
});

afterEach(() => {
  outbox.setDown(false);
  outbox.failNext(0);
  outbox.clear();
});

afterAll(async () => {
  await outbox.close();
  if (previousBaseUrl === undefined) delete process.env.RESEND_BASE_URL;
  else process.env.RESEND_BASE_URL = previousBaseUrl;
});

async function listMail(query = ""): Promise<{ object: string; has_more: boolean; data: CaughtMail[] }> {
  const res = await fetch(`${outbox.url}/emails${query}`);
  expect(res.status).toBe(200);
  return res.json() as Promise<{ object: string; has_more: boolean; data: CaughtMail[] }>;
}

const korean = {
  from: "컴공방 <no-reply@comegongbang.test>",
  subject: "[컴공방] 도자기 원데이 클래스 예약이 확정되었어요",
  html: '<h1>예약 확정</h1><p>3월 2일 오후 2시, <b>흙과 불 공방</b>에서 만나요 &amp; 즐거운 시간 되세요.</p><a href="https://example.com">"자세히"</a>',
  text: "예약 확정\n3월 2일 오후 2시, 흙과 불 공방에서 만나요.",
};

describe("mail outbox with the real resend SDK", () => {
  it("catches a Korean mail and lists it newest first with every field intact", async () => {
    const first = await resend.emails.send({ ...korean, to: "buyer@example.com" });
    expect(first.error).toBeNull();
    expect(first.data?.id).toMatch(/^[0-9a-f-]{36}$/);

    const second = await resend.emails.send({
      ...korean,
      subject: "두 번째 메일",
      to: ["a@example.com", "b@example.com"],
      cc: "cc@example.com",
      replyTo: "help@comegongbang.test",
      headers: { "X-Entity-Ref-ID": "order-42" },
      tags: [{ name: "category", value: "booking_confirmed" }],
    });
    expect(second.error).toBeNull();

    const list = await listMail();
    expect(list.object).toBe("list");
    expect(list.has_more).toBe(false);
    expect(list.data.map((m) => m.id)).toEqual([second.data?.id, first.data?.id]);

    const [newest, oldest] = list.data;
    expect(oldest).toMatchObject({ ...korean, to: ["buyer@example.com"] });
    expect(newest).toMatchObject({
      to: ["a@example.com", "b@example.com"],
      cc: ["cc@example.com"],
      reply_to: ["help@comegongbang.test"],
      headers: { "X-Entity-Ref-ID": "order-42" },
      tags: [{ name: "category", value: "booking_confirmed" }],
    });
    expect(Number.isNaN(Date.parse(newest?.created_at ?? ""))).toBe(false);
    expect(outbox.messages()).toEqual(list.data);

    // The SDK's own read path works too.
    const got = await resend.emails.get(first.data?.id ?? "");
    expect(got.error).toBeNull();
    expect(got.data).toMatchObject({ object: "email", subject: korean.subject, html: korean.html });
  });

  it("sends a batch", async () => {
    const { data, error } = await resend.batch.send([
      { ...korean, to: "one@example.com", subject: "배치 1" },
      { ...korean, to: "two@example.com", subject: "배치 2" },
    ]);
    expect(error).toBeNull();
    expect(data?.data).toHaveLength(2);
    expect(outbox.messages().map((m) => m.subject).sort()).toEqual(["배치 1", "배치 2"]);
  });

  it("rejects a whole strict batch when one email is invalid", async () => {
    const { data, error } = await resend.batch.send([
      { ...korean, to: "one@example.com" },
      { ...korean, to: "not-an-address" },
    ]);
    expect(data).toBeNull();
    expect(error).toMatchObject({ name: "validation_error", statusCode: 422 });
    expect(outbox.messages()).toHaveLength(0);
  });

  it("returns an error object (not a throw) for a missing or invalid API key", async () => {
    const wrongKey = new Resend("sk_live_nope");
    const invalid = await wrongKey.emails.send({ ...korean, to: "x@example.com" });
    expect(invalid.data).toBeNull();
    expect(invalid.error).toMatchObject({ name: "invalid_api_key", statusCode: 403 });

    const noHeader = await fetch(`${outbox.url}/emails`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ ...korean, to: "x@example.com" }),
    });
    expect(noHeader.status).toBe(401);
    expect(await noHeader.json()).toMatchObject({ statusCode: 401, name: "missing_api_key" });
    expect(outbox.messages()).toHaveLength(0);
  });

  it("answers validation_error when the subject or body is missing", async () => {
    const noSubject = await resend.emails.send({ from: korean.from, to: "x@example.com", html: "<p>내용</p>" } as never);
    expect(noSubject.data).toBeNull();
    expect(noSubject.error).toEqual({ statusCode: 422, name: "validation_error", message: "Missing `subject` field." });

    const noBody = await resend.emails.send({ from: korean.from, to: "x@example.com", subject: "본문 없음" } as never);
    expect(noBody.error).toMatchObject({ name: "validation_error", message: "Missing `html` or `text` field." });
    expect(outbox.messages()).toHaveLength(0);
  });

  it("filters by ?to= case-insensitively, also for `Name <addr>` recipients", async () => {
    await resend.emails.send({ ...korean, to: "홍길동 <Gildong@Example.com>", subject: "길동에게" });
    await resend.emails.send({ ...korean, to: "other@example.com", subject: "다른 사람에게" });
    await resend.emails.send({ ...korean, to: "user+tag@example.com", subject: "플러스 주소" });

    const mine = await listMail(`?to=${encodeURIComponent("gildong@example.COM")}`);
    expect(mine.data.map((m) => m.subject)).toEqual(["길동에게"]);
    const plus = await listMail("?to=user+tag@example.com");
    expect(plus.data.map((m) => m.subject)).toEqual(["플러스 주소"]);
    expect((await listMail("?to=nobody@example.com")).data).toEqual([]);
  });

  it("shows caught mail on the Korean web page, with the HTML body sandboxed", async () => {
    const { data } = await resend.emails.send({ ...korean, to: "buyer@example.com" });
    const index = await fetch(`${outbox.url}/`);
    expect(index.headers.get("content-type")).toContain("text/html");
    const page = await index.text();
    expect(page).toContain("메일함 (로컬 Resend)");
    expect(page).toContain(korean.subject);
    expect(page).toContain(`/view/${data?.id}`);

    const view = await (await fetch(`${outbox.url}/view/${data?.id}`)).text();
    expect(view).toContain("<iframe");
    expect(view).toMatch(/sandbox srcdoc="&#60;h1&#62;예약 확정/);
    expect(view).not.toContain("<h1>예약 확정</h1>"); // raw mail HTML never reaches the page itself
    expect(view).toContain("3월 2일 오후 2시, 흙과 불 공방에서 만나요.");
  });

  it("fails sends while down and stores nothing", async () => {
    outbox.setDown(true);
    const { data, error } = await resend.emails.send({ ...korean, to: "x@example.com" });
    expect(data).toBeNull();
    expect(error).toMatchObject({ statusCode: 503 });
    expect(outbox.messages()).toHaveLength(0);

    outbox.setDown(false);
    expect((await resend.emails.send({ ...korean, to: "x@example.com" })).error).toBeNull();
  });

  it("refuses the next N sends after POST /__fail, then delivers again", async () => {
    const armed = await fetch(`${outbox.url}/__fail`, { method: "POST", body: JSON.stringify({ count: 2, status: 429 }) });
    expect(await armed.json()).toEqual({ count: 2, status: 429 });
    for (let i = 0; i < 2; i++) {
      const { data, error } = await resend.emails.send({ ...korean, to: "x@example.com" }, { idempotencyKey: "retry-me" });
      expect(data).toBeNull();
      expect(error).toMatchObject({ statusCode: 429 });
    }
    // A refused send is not remembered under its key: the retry with the same key delivers.
    expect((await resend.emails.send({ ...korean, to: "x@example.com" }, { idempotencyKey: "retry-me" })).error).toBeNull();
    expect(outbox.messages()).toHaveLength(1);
    const bad = await fetch(`${outbox.url}/__fail`, { method: "POST", body: JSON.stringify({ count: -1 }) });
    expect(bad.status).toBe(422);
  });

  it("delivers a held send at once and answers it only on POST /__release; a replay of it is not held", async () => {
    const armed = await fetch(`${outbox.url}/__hold`, { method: "POST", body: JSON.stringify({ to: "Held@example.com" }) });
    expect(armed.status).toBe(200);
    let answered = false;
    const sending = resend.emails.send({ ...korean, to: "홍길동 <held@example.com>" }, { idempotencyKey: "held-1" }).finally(() => {
      answered = true;
    });
    await expect.poll(() => outbox.messages().length).toBe(1);
    // Another address and a later send to this one go through; the held answer still waits.
    expect((await resend.emails.send({ ...korean, to: "other@example.com" })).error).toBeNull();
    expect((await resend.emails.send({ ...korean, to: "홍길동 <held@example.com>" }, { idempotencyKey: "held-1" })).error).toBeNull();
    expect(answered).toBe(false);
    expect(await (await fetch(`${outbox.url}/__hold`)).json()).toEqual({ holding: [], waiting: 1 });
    expect(await (await fetch(`${outbox.url}/__release`, { method: "POST" })).json()).toEqual({ released: 1 });
    const { data, error } = await sending;
    expect(error).toBeNull();
    expect(data?.id).toBe(outbox.messages().find((m) => m.to[0] === "홍길동 <held@example.com>")?.id);
    expect(outbox.messages()).toHaveLength(2); // the replay delivered nothing
  });

  it("lets go of a held answer whose sender hung up", async () => {
    outbox.hold("gone@example.com");
    const abort = new AbortController();
    const sending = fetch(`${outbox.url}/emails`, {
      method: "POST",
      headers: { authorization: "Bearer re_test", "content-type": "application/json" },
      body: JSON.stringify({ ...korean, to: "gone@example.com" }),
      signal: abort.signal,
    }).catch((error: Error) => error.name);
    await expect.poll(() => outbox.messages().length).toBe(1);
    abort.abort();
    expect(await sending).toBe("AbortError");
    await expect.poll(async () => ((await (await fetch(`${outbox.url}/__hold`)).json()) as { waiting: number }).waiting).toBe(0);
  });

  it("replays an idempotent send instead of delivering twice", async () => {
    const first = await resend.emails.send({ ...korean, to: "x@example.com" }, { idempotencyKey: "booking-7/confirm" });
    const again = await resend.emails.send({ ...korean, to: "x@example.com" }, { idempotencyKey: "booking-7/confirm" });
    expect(again.data?.id).toBe(first.data?.id);
    expect(outbox.messages()).toHaveLength(1);

    const conflict = await resend.emails.send({ ...korean, to: "y@example.com" }, { idempotencyKey: "booking-7/confirm" });
    expect(conflict.error).toMatchObject({ statusCode: 409, name: "invalid_idempotent_request" });
  });

  it("replays an idempotent batch, and counts every delivery beyond the list's cap in /__stats", async () => {
    const batch = Array.from({ length: 100 }, (_, i) => ({ ...korean, to: `fan${i}@example.com`, subject: "(광고) 묶음 소식" }));
    for (let i = 0; i < 11; i++) {
      const { error } = await resend.batch.send(batch.map((m) => ({ ...m, to: m.to.replace("@", `-${i}@`) })), { idempotencyKey: `news:1:${i}` });
      expect(error).toBeNull();
    }
    // The same key and body again: the first answer, no second delivery.
    expect((await resend.batch.send(batch.map((m) => ({ ...m, to: m.to.replace("@", "-0@") })), { idempotencyKey: "news:1:0" })).error).toBeNull();
    // Without a key the same mails go again: duplicates.
    await resend.batch.send(batch.slice(0, 3).map((m) => ({ ...m, to: m.to.replace("@", "-0@") })));
    expect(outbox.messages()).toHaveLength(1000);
    const stats = await (await fetch(`${outbox.url}/__stats?subject=${encodeURIComponent("묶음")}`)).json();
    expect(stats).toEqual({ delivered: 1103, recipients: 1100, duplicates: 3 });
    expect(await (await fetch(`${outbox.url}/__stats?subject=nothing-like-it`)).json()).toEqual({ delivered: 0, recipients: 0, duplicates: 0 });
  });

  it("clears with DELETE /emails and 404s unknown ids", async () => {
    await resend.emails.send({ ...korean, to: "x@example.com" });
    const del = await fetch(`${outbox.url}/emails`, { method: "DELETE" });
    expect(del.status).toBe(200);
    expect(outbox.messages()).toHaveLength(0);

    const missing = await fetch(`${outbox.url}/emails/00000000-0000-0000-0000-000000000000`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ statusCode: 404, name: "not_found" });
  });
});
