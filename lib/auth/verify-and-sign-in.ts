import "server-only";
import { AuthError } from "next-auth";
import { signIn } from "@/lib/auth/config";
import { forgetSignupBrowser, issueSignInTicket, signupBrowserDigest } from "@/lib/auth/signup-browser";
import { verifyEmail } from "@/lib/auth/verification";

/**
 * The mailed link, confirmed: verifies the member and, in the browser that signed up (its cookie
 * matches the token, lib/auth/signup-browser.ts), signs them in through Auth.js with a one-time
 * ticket, so the page can go straight back to where the signup started. Any other request
 * (another browser, a mail scanner) only verifies: `signedIn: false`, and the member logs in.
 */
export async function verifyEmailAndSignIn(token: string): Promise<{ email: string; signedIn: boolean }> {
  const { email, memberId, sameBrowser } = await verifyEmail(token, await signupBrowserDigest());
  if (!sameBrowser) return { email, signedIn: false };
  await forgetSignupBrowser();
  try {
    await signIn("signup-verified", { ticket: await issueSignInTicket(memberId), redirect: false });
    return { email, signedIn: true };
  } catch (error) {
    // The member vanished in between (deleted): verified, nothing to sign in to.
    if (error instanceof AuthError) return { email, signedIn: false };
    throw error;
  }
}
