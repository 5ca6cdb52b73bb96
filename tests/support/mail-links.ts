import type { ReceivedMail } from "./smtp-sink";

/** The personal questionnaire token in a received invitation or reminder. */
export function personalTokenIn(mail: ReceivedMail | undefined): string {
  const token = /\/r\/([A-Za-z0-9_-]{22})\b/.exec(mail?.text ?? "")?.[1];
  if (!token) throw new Error("no personal link in the mail");
  return token;
}

/** The secret of the address-removal link in a received message. */
export function removalTokenIn(mail: ReceivedMail | undefined): string {
  const token = /\/afmelden\/([A-Za-z0-9_-]{22})\b/.exec(mail?.text ?? "")?.[1];
  if (!token) throw new Error("no removal link in the mail");
  return token;
}
