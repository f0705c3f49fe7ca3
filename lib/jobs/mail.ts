import "server-only";
import { deliverMail } from "@/lib/mail/send";
import { mailJob, type MailKindName, type QueuedMail } from "@/lib/jobs/payloads";

/** What the queue needs to know about one kind of mail (the 오픈 알림, later follower news). */
export type MailKind<M extends QueuedMail> = {
  /** Still to be sent: not recorded as sent, and still wanted (the event not moved or cancelled). */
  pending(mail: M): Promise<boolean>;
  /** The mail, from the payload alone: every try renders the same bytes. */
  compose(mail: M): { to: string; subject: string; body: React.ReactElement };
  /** Records it sent, in one statement. */
  recordSent(mail: M): Promise<void>;
};

export type MailKinds = { [K in MailKindName]: MailKind<Extract<QueuedMail, { kind: K }>> };

export type MailOutcome = "sent" | "skipped";

/**
 * One mail job: check, send with the job's idempotency key, then record. A crash after sending
 * and before recording leaves the job active; it times out, is taken again, finds the mail still
 * pending and sends it again with the same key, which Resend answers from its first delivery:
 * the member gets one mail. A send that fails throws, and pg-boss retries it with backoff.
 */
export async function runMailJob(data: unknown, kinds: MailKinds): Promise<MailOutcome> {
  const { idempotencyKey, mail } = mailJob.parse(data);
  const kind = kinds[mail.kind] as MailKind<typeof mail>;
  if (!(await kind.pending(mail))) return "skipped";
  const { to, subject, body } = kind.compose(mail);
  await deliverMail(to, subject, body, idempotencyKey);
  await kind.recordSent(mail);
  return "sent";
}
