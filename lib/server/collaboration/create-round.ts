import type { Prisma } from "@prisma/client";
import { instrument } from "../../../content";
import { createPartner } from "../scan/create-partner";
import { generateToken, hashToken } from "../tokens";

/** The settings of one round, as a manager chooses them (the instrument version is always the current one). */
export type RoundSettings = {
  form: string;
  phase: string;
  collaborationType: number | null;
  variant: string;
  locale: string;
  anonymityThreshold: number;
  reportingMode: string;
  closesAt: Date | null;
  showResultsToRespondents: boolean;
};

export type RoundPartner = {
  name: string;
  invitedCount: number | null;
  /** The same partner in the previous round, when it carries over. */
  carriedFromId?: string | null;
};

export type NewRound = {
  collaborationId: string;
  roundNumber: number;
  settings: RoundSettings;
  partners: readonly RoundPartner[];
};

/**
 * Creates a round with its partners and their invitation links: the one way
 * to make a round, for new collaborations, next rounds, the demo and test
 * populations. Pass a transaction client. No `server-only` guard, as in
 * create-partner.ts: scripts under plain tsx call it too.
 */
export async function createRound(client: Prisma.TransactionClient, round: NewRound): Promise<{ id: string }> {
  // Its own secret, so the round's links can be shown by everyone who may manage it, with or without the management link.
  const linkSecret = generateToken();
  const created = await client.scan.create({
    data: {
      collaborationId: round.collaborationId,
      roundNumber: round.roundNumber,
      linkSecret,
      ...round.settings,
      instrumentId: instrument.id,
      instrumentVersion: instrument.version,
    },
    select: { id: true },
  });
  for (const [position, partner] of round.partners.entries()) {
    await createPartner(client, {
      scanId: created.id,
      name: partner.name,
      position,
      linkSecret,
      invitedCount: partner.invitedCount,
      carriedFromId: partner.carriedFromId ?? null,
    });
  }
  return created;
}

/** A new collaboration with its first round; the management token is stored only as a hash. */
export async function createCollaboration(
  client: Prisma.TransactionClient,
  collaboration: {
    name: string;
    description: string;
    managementToken: string;
    demoExpiresAt?: Date;
    settings: RoundSettings;
    partners: readonly RoundPartner[];
  },
): Promise<{ collaborationId: string; scanId: string }> {
  const created = await client.collaboration.create({
    data: {
      name: collaboration.name,
      description: collaboration.description,
      managementTokenHash: hashToken(collaboration.managementToken),
      isDemo: collaboration.demoExpiresAt !== undefined,
      demoExpiresAt: collaboration.demoExpiresAt ?? null,
    },
    select: { id: true },
  });
  const round = await createRound(client, {
    collaborationId: created.id,
    roundNumber: 1,
    settings: collaboration.settings,
    partners: collaboration.partners,
  });
  return { collaborationId: created.id, scanId: round.id };
}
