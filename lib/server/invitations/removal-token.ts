import { deriveToken } from "../tokens";

/**
 * The secret of the link in every message that removes the address. Derived
 * like the personal link, from the round's link secret, so a reminder can
 * carry the same link again while the database keeps only its hash.
 */
export function removalToken(linkSecret: string, respondentId: string): string {
  return deriveToken(linkSecret, `address-removal:${respondentId}`);
}
