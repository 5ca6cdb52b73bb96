/**
 * A pasted list of e-mail addresses, as people paste them: one per line or
 * separated by commas or semicolons, possibly as "Name <address>" from an
 * address book. Pure, so the rules are tested without a database.
 */
import { z } from "zod";

/** More than a round's worth of people in one paste is almost certainly a mistake. */
export const MAX_ADDRESSES_PER_PASTE = 200;
export const MAX_ADDRESS_LIST_LENGTH = 40_000;

const ZAddress = z.email();

export type AddressList =
  | { ok: true; addresses: string[]; duplicates: number }
  | { ok: false; invalid: string[] }
  | { ok: false; tooMany: number }
  | { ok: false; empty: true };

export function parseAddressList(text: string): AddressList {
  const entries = text
    .split(/[\n\r,;]+/)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "");
  if (entries.length === 0) return { ok: false, empty: true };
  const invalid: string[] = [];
  const addresses: string[] = [];
  const seen = new Set<string>();
  let duplicates = 0;
  for (const entry of entries) {
    const address = (/<([^<>]+)>\s*$/.exec(entry)?.[1] ?? entry).trim().toLowerCase();
    if (!ZAddress.safeParse(address).success) {
      invalid.push(entry);
      continue;
    }
    if (seen.has(address)) duplicates += 1;
    else {
      seen.add(address);
      addresses.push(address);
    }
  }
  if (invalid.length > 0) return { ok: false, invalid };
  if (addresses.length > MAX_ADDRESSES_PER_PASTE) return { ok: false, tooMany: addresses.length };
  return { ok: true, addresses, duplicates };
}
