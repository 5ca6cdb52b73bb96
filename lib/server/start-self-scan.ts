import "server-only";
import { instrument, type Locale } from "../../content";
import { db } from "./db";
import { generateToken, hashToken } from "./tokens";

export type StartedSelfScan = { respondentToken: string; managementToken: string };

/**
 * A scan with one respondent: the person who starts it. It is the quickest way
 * in and the basis of a self-assessment.
 */
export async function startSelfScan(input: { name: string; locale: Locale }): Promise<StartedSelfScan> {
  const respondentToken = generateToken();
  const managementToken = generateToken();
  await db.scan.create({
    data: {
      name: input.name,
      locale: input.locale,
      variant: "quick",
      instrumentId: instrument.id,
      instrumentVersion: instrument.version,
      managementTokenHash: hashToken(managementToken),
      respondents: { create: { tokenHash: hashToken(respondentToken), isManager: true } },
    },
  });
  return { respondentToken, managementToken };
}
