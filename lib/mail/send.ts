import "server-only";
import { render } from "@react-email/components";
import { Resend } from "resend";
import { env } from "@/lib/env";

const resend = new Resend(env.RESEND_API_KEY, env.RESEND_BASE_URL ? { baseUrl: env.RESEND_BASE_URL } : undefined);

const ATTEMPTS = 2;

/** What an advertising mail adds (lib/mail/advertising.ts): the named sender and the unsubscribe headers. */
type MailOptions = { from?: string; headers?: Record<string, string> };

/**
 * Renders a React mail to HTML and text and sends it through Resend. A mail that cannot be sent
 * is logged and reported, never thrown: the action that wanted it (a signup, a reset) still
 * succeeds, and the user can ask for the mail again.
 */
export async function sendMail(to: string, subject: string, mail: React.ReactElement, options: MailOptions = {}): Promise<boolean> {
  const [html, text] = await Promise.all([render(mail), render(mail, { plainText: true })]);
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
