import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "@playwright/test";
import type { ReceivedMail } from "../support/smtp-sink";
import { timeouts } from "../support/timeouts";

/** The folder the test SMTP server of this run writes to (playwright.config.ts). */
export const MAILBOX = process.env.E2E_MAILBOX ?? "";

export function allMail(): ReceivedMail[] {
  if (!existsSync(MAILBOX)) return [];
  return readdirSync(MAILBOX)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => JSON.parse(readFileSync(join(MAILBOX, name), "utf8")) as ReceivedMail);
}

/** Messages to `address`; with `linkPath`, only those whose link opens that page (a new account also gets its confirmation). */
export function mailTo(address: string, linkPath = ""): ReceivedMail[] {
  return allMail().filter((mail) => mail.to.includes(address) && mail.text.includes(linkPath));
}

/** Waits until `address` has received `count` messages (whose link opens `linkPath`), and returns them. */
export async function waitForMail(address: string, count: number, linkPath = ""): Promise<ReceivedMail[]> {
  await expect.poll(() => mailTo(address, linkPath).length, { timeout: timeouts.expect }).toBe(count);
  return mailTo(address, linkPath);
}
