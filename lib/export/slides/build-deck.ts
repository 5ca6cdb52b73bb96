import type { Locale } from "../../../content";
import type { ActionReview, AgreedAction } from "../../scoring/actions/types";
import type { Diagnosis } from "../../scoring/types";
import { exportContext } from "../context";
import { decisionSlides, reviewSlides } from "./action-slides";
import { buildSlides } from "./build-slides";
import type { DeckSlide } from "./slide";

/** A round's place among the rounds, as the workshop of that round shows it. */
export type DeckRounds = {
  round: number;
  /** From round 2 on: the previous round's actions with what changed since; null in round 1. */
  review: ActionReview[] | null;
  /** The actions agreed on this round's findings so far. */
  actions: AgreedAction[];
};

/**
 * The workshop of one round as a file, in the workshop's order: the title
 * slide, from round 2 on the review of the previous round's actions, the
 * results' slides, and the decisions of this round at the end. While the
 * round's results cannot be published yet, the review and the decisions stay:
 * they are the meeting's own, and the review shows a hidden figure in words.
 */
export function buildDeck(diagnosis: Diagnosis, scanName: string, locale: Locale, rounds: DeckRounds): DeckSlide[] {
  const context = exportContext(diagnosis, locale);
  const [title, ...results] = buildSlides(diagnosis, scanName, locale);
  return [
    ...(title ? [title] : []),
    ...(rounds.review ? reviewSlides(context, rounds.round, rounds.review) : []),
    ...results,
    ...decisionSlides(context, rounds.actions),
  ];
}
