import "server-only";
import { render } from "@react-email/components";
import { Resend } from "resend";
import { env } from "@/lib/env";

const resend = new Resend(env.RESEND_API_KEY, env.RESEND_BASE_URL ? { baseUrl: env.RESEND_BASE_URL } : undefined);

const ATTEMPTS = 2;

/** What an advertising mail adds (lib/mail/advertising.ts): the named sender and the unsubscribe headers. */
type MailOptions = { from?: string; headers?: Record<string, string> };

async function renderBoth(mail: React.ReactElement): Promise<{ html: string; text: string }> {
  const [html, text] = await Promise.all([render(mail), render(mail, { plainText: true })]);
  return { html, text };
}

/**
 * Renders a React mail to HTML and text and sends it through Resend. A mail that cannot be sent
 * is logged and reported, never thrown: the action that wanted it (a signup, a reset) still
 * succeeds, and the user can ask for the mail again.
 */
export async function sendMail(to: string, subject: string, mail: React.ReactElement, options: MailOptions = {}): Promise<boolean> {
  const { html, text } = await renderBoth(mail);
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    try {
      const { error } = await resend.emails.send({ from: options.from ?? env.MAIL_FROM, to, subject, html, text, headers: options.headers });
      if (!error) return true;
      console.warn(`mail "${subject}" not sent (attempt ${attempt}): ${error.name} ${error.message}`);
    } catch (error) {
      console.warn(`mail "${subject}" not sent (attempt ${attempt}):`, (error as Error).message);
    }
    if (attempt < ATTEMPTS) await new Promise((r) => setTimeout(r, 300));
  }
  return false;
}

/** A queued mail Resend did not take; the message says why (the dead-letter view shows it). */
export class MailNotDelivered extends Error {}

/**
 * Sends one mail under an idempotency key, for the job queue (lib/jobs/mail.ts), and throws when
 * it was not delivered so the job is tried again. Resend delivers a key once: the same key and
 * body again (a retry after a crash between sending and recording) get the first answer and no
 * second mail. The same key with another body (409 invalid_idempotent_request) means a mail
 * already went out under it: that counts as sent. The mail must render the same every time
 * (built from the job's payload only), or a retry would be refused as another body.
 */
export async function deliverMail(to: string, subject: string, mail: React.ReactElement, idempotencyKey: string): Promise<void> {
  const { html, text } = await renderBoth(mail);
  const { error } = await resend.emails.send({ from: env.MAIL_FROM, to, subject, html, text }, { idempotencyKey });
  if (!error || error.name === "invalid_idempotent_request") return;
  throw new MailNotDelivered(`Resend ${error.statusCode ?? "(no answer)"} ${error.name}: ${error.message}`);
}

/** A mail as the batch endpoint takes it (advertising mail carries its own From and headers). */
export type BatchMail = { to: string; from: string; subject: string; headers?: Record<string, string>; body: React.ReactElement };

/**
 * Sends up to 100 mails in one Resend batch request under one idempotency key, for the job queue
 * (follower news), and throws when Resend did not take them so the job is tried again. The key
 * covers the whole request: the same key and body again deliver nothing twice; the same key with
 * another body (409 invalid_idempotent_request) means a batch already went out under it, which
 * the caller must only allow when the new body's recipients are a subset of the first's
 * (lib/follower-news.ts keeps it so).
 */
export async function deliverBatch(mails: BatchMail[], idempotencyKey: string): Promise<void> {
  const emails = await Promise.all(mails.map(async ({ body, ...mail }) => ({ ...mail, ...(await renderBoth(body)) })));
  const { error } = await resend.batch.send(emails, { idempotencyKey });
  if (!error || error.name === "invalid_idempotent_request") return;
  throw new MailNotDelivered(`Resend ${error.statusCode ?? "(no answer)"} ${error.name}: ${error.message}`);
}
