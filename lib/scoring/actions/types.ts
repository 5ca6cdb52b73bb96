import type { LensId } from "../../../content";
import type { TrendCell, TrendStatementCell } from "../trend/types";

export const ACTION_STATUSES = ["open", "in-progress", "done", "dropped"] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const FINDING_KINDS = ["lens", "problem", "statement", "paradox"] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

/** What an action is about: a lens, a collaboration problem, a statement or a paradox of a round's results. */
export type Finding = { kind: FindingKind; id: string };

/** Who takes the action on: a partner of that round, or a person by the name the group typed. */
export type ActionOwner = { kind: "partner"; partnerId: string; name: string } | { kind: "person"; name: string };

/** What the partners agreed to do about a finding of one round's results. */
export type AgreedAction = {
  id: string;
  /** The round whose results the finding comes from. */
  round: number;
  description: string;
  owner: ActionOwner | null;
  dueOn: Date | null;
  status: ActionStatus;
  finding: Finding;
  /** The lens the finding bears on, fixed when the action was made; null for a paradox. */
  lensId: LensId | null;
};

/** A figure before and after: in the round the action was agreed in, and in the round that reviews it. */
export type FigureChange<Cell extends TrendCell = TrendCell> = { before: Cell; after: Cell; change: number | null };

/**
 * A finding's figures before and after. A statement's cells carry its mean
 * answer as worded, and `change` is the change in that mean: the figure that
 * may stand beside the statement's text. A paradox's are its mean position.
 */
export type FindingChange =
  | ({ kind: "statement" } & FigureChange<TrendStatementCell>)
  | ({ kind: "paradox" } & FigureChange);

/**
 * An action of the previous round as the next round reviews it: its status,
 * and what changed since in its lens and in the finding itself (a statement's
 * score, a paradox's position, or whether the problem is still signalled).
 */
export type ActionReview = {
  action: AgreedAction;
  lens: (FigureChange & { id: LensId }) | null;
  /** A statement's score or a paradox's position; null for a lens or a problem, or when both rounds did not ask it. */
  finding: FindingChange | null;
  /** For a problem: its strength (0–1) in each round; null where it was not signalled. */
  problem: { before: number | null; after: number | null } | null;
};
