import { testEnv } from "./env";

export type Mail = { id: string; from: string; to: string[]; subject: string; html?: string; text?: string; headers?: Record<string, string>; created_at: string };

/** Mail the outbox caught for an address, newest first. */
export async function mailsTo(address: string): Promise<Mail[]> {
  const response = await fetch(`${testEnv.mailUrl}/emails?to=${encodeURIComponent(address)}`);
  return ((await response.json()) as { data: Mail[] }).data;
}

/** Waits for a mail to the address whose subject contains `subject`. */
export async function waitForMail(address: string, subject: string, timeoutMs = 10_000): Promise<Mail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const mail = (await mailsTo(address)).find((m) => m.subject.includes(subject));
    if (mail) return mail;
    if (Date.now() > deadline) throw new Error(`no mail "${subject}" to ${address}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** The single-use token in a verification or reset link of a mail. */
export function tokenFrom(mail: Mail, path: "/verify-email" | "/reset-password"): string {
  const match = new RegExp(`${path}\\?token=([A-Za-z0-9_-]{43})`).exec(mail.text ?? mail.html ?? "");
  if (!match) throw new Error(`no ${path} link in "${mail.subject}"`);
  return match[1]!;
}

/** The whole verification or reset link of a mail (token and return address), as a URL. */
export function linkFrom(mail: Mail, path: "/verify-email" | "/reset-password"): URL {
  const match = new RegExp(`https?://[^\\s"<]+${path}\\?[^\\s"<]+`).exec(mail.text ?? "");
  if (!match) throw new Error(`no ${path} link in "${mail.subject}"`);
  return new URL(match[0]);
}

/**
 * The outbox delivers the next mail to this address at once but keeps its sender waiting for the
 * answer (until releaseHeldMail, or until the sender dies): a worker caught after sending and
 * before it could record the mail sent.
 */
export async function holdNextMailTo(address: string): Promise<void> {
  const response = await fetch(`${testEnv.mailUrl}/__hold`, { method: "POST", body: JSON.stringify({ to: address }) });
  if (!response.ok) throw new Error(`outbox /__hold: ${response.status}`);
}

/** Answers every held send. */
export async function releaseHeldMail(): Promise<void> {
  await fetch(`${testEnv.mailUrl}/__release`, { method: "POST" });
}

/** Every delivery the outbox ever made whose subject contains `subject`; a duplicate is a second mail to one address with one subject. */
export async function deliveryStats(subject: string): Promise<{ delivered: number; recipients: number; duplicates: number }> {
  return (await fetch(`${testEnv.mailUrl}/__stats?subject=${encodeURIComponent(subject)}`)).json() as Promise<{ delivered: number; recipients: number; duplicates: number }>;
}
