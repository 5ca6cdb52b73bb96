import type { ReceivedMail } from "./smtp-sink";

// A token is 22 base64url characters and may end in "-", so its end is "no further token character",
// not a word boundary (`\b` finds none between "-" and the line break after it: one link in 64 went unread).
const TOKEN = "([A-Za-z0-9_-]{22})(?![A-Za-z0-9_-])";

/** The personal questionnaire token in a received invitation or reminder. */
export function personalTokenIn(mail: ReceivedMail | undefined): string {
  const token = new RegExp(`/r/${TOKEN}`).exec(mail?.text ?? "")?.[1];
  if (!token) throw new Error(`no personal link in the mail${mail ? "" : " (no mail arrived)"}`);
  return token;
}

/** The secret of the address-removal link in a received message. */
export function removalTokenIn(mail: ReceivedMail | undefined): string {
  const token = new RegExp(`/afmelden/${TOKEN}`).exec(mail?.text ?? "")?.[1];
  if (!token) throw new Error(`no removal link in the mail${mail ? "" : " (no mail arrived)"}`);
  return token;
}
