/**
 * Points the app's SMTP settings at a test's own SMTP server. Settings are
 * read once per process, so a test file calls this from `vi.hoisted`, before
 * anything is imported, and starts the server on the port it returns.
 */
export async function useTestSmtpSettings(): Promise<number> {
  const { freePort } = await import("../../scripts/support/free-port");
  const port = await freePort();
  process.env.SMTP_HOST = "127.0.0.1";
  process.env.SMTP_PORT = String(port);
  process.env.MAIL_FROM = "Samenwerkingsscan <scan@example.org>";
  return port;
}
