/**
 * A real SMTP server for tests (the `smtp-server` package) on 127.0.0.1:
 * it accepts what the app sends, keeps every message parsed, and refuses
 * the recipients a test names, as a real server refuses an unknown mailbox.
 */
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export type ReceivedMail = {
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string;
  /** Raw header values by lower-case name, unfolded. */
  headers: Record<string, string>;
};

export type SmtpSink = {
  port: number;
  received: ReceivedMail[];
  /** Messages to one address, oldest first. */
  to(address: string): ReceivedMail[];
  /** Refuse this address from now on, with "550 5.1.1 …". */
  refuse(address: string): void;
  /** Forget what arrived and what was refused. */
  clear(): void;
  close(): Promise<void>;
};

export const REFUSAL = "550 5.1.1 Mailbox unavailable";

export async function startSmtpSink(port = 0, onMessage?: (mail: ReceivedMail) => void): Promise<SmtpSink> {
  const received: ReceivedMail[] = [];
  const refused = new Set<string>();
  const server = new SMTPServer({
    authOptional: true,
    // Plain SMTP on the loopback: STARTTLS would need a certificate the client trusts.
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (refused.has(address.address.toLowerCase())) {
        const error = Object.assign(new Error("5.1.1 Mailbox unavailable"), { responseCode: 550 });
        callback(error);
        return;
      }
      callback();
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed: ParsedMail) => {
          const mail: ReceivedMail = {
            to: session.envelope.rcptTo.map((recipient) => recipient.address.toLowerCase()),
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
            html: typeof parsed.html === "string" ? parsed.html : "",
            headers: Object.fromEntries(
              parsed.headerLines.map(({ key, line }) => [
                key,
                line
                  .slice(line.indexOf(":") + 1)
                  .replace(/\s+/g, " ")
                  .trim(),
              ]),
            ),
          };
          received.push(mail);
          onMessage?.(mail);
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const address = server.server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  return {
    port: actualPort,
    received,
    to: (address) => received.filter((mail) => mail.to.includes(address.toLowerCase())),
    refuse: (address) => refused.add(address.toLowerCase()),
    clear: () => {
      received.splice(0, received.length);
      refused.clear();
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
