import type { Tone } from "../../charts/palette";
import type { ActionStatus } from "../../scoring/actions/types";

/**
 * The workshop's slides as data: the meeting room's presentation and the
 * PowerPoint export draw the same slides from this one model, so both show
 * the same figures, charts and texts, and the same anonymity (everything in
 * it comes from the diagnosis and the published comments). Every text is in
 * the reader's language and every number already formatted.
 */

/** A bar for a favourable score on 0–100 (a lens), in the colour of its group. */
export type ScoreBar = { label: string; value: number | null; display: string; colourIndex: number | null };

/** A statement's figure as worded (mean on 1–5), coloured by whether it is favourable. */
export type WordedFigure = { label: string; display: string; tone: Tone };

export type ParadoxLineData = {
  title: string;
  poleA: string;
  poleB: string;
  /** −1 (pole A) … +1 (pole B), as the diagnosis keeps it. */
  current: number;
  desired: number | null;
  spread: number | null;
  partners: { name: string; position: number; colourIndex: number }[];
  flags: string[];
  /** The figures in words, on the answer scale −3 … +3. */
  summary: string;
};

export type LegendEntry = { label: string; colourIndex: number | null; mark: "dot" | "diamond" | "band" };

export type Slide =
  | { kind: "title"; title: string; subtitle: string; bars: ScoreBar[]; scaleNote: string }
  | { kind: "advice"; title: string; items: { title: string; text: string }[] }
  | {
      kind: "lens";
      title: string;
      question: string;
      score: string;
      bars: ScoreBar[];
      scaleNote: string;
      consensus: string | null;
      contested: {
        heading: string;
        statement: string;
        reversedNote: string | null;
        figures: WordedFigure[];
        scaleNote: string;
      } | null;
    }
  | { kind: "paradoxes"; title: string; lead: string; legend: LegendEntry[]; lines: ParadoxLineData[] }
  | {
      kind: "problems";
      title: string;
      lead: string;
      items: { name: string; strength: string; evidence: string[]; firstStep: string | null }[];
    }
  | {
      kind: "background";
      title: string;
      trustHeading: string;
      trust: { group: string; mode: string }[];
      motivesHeading: string;
      motivesNote: string;
      groups: string[];
      sharedColumn: string;
      motives: { label: string; values: string[]; shared: string | null }[];
    }
  | { kind: "agenda"; title: string; start: number; items: string[] };

export type SlideKind = Slide["kind"];

/** A reviewed action: its status (for the chip's colour and in words), what it was, and what changed since. */
export type ReviewItem = {
  status: ActionStatus;
  statusLabel: string;
  description: string;
  /** Owner, due date and finding in one line. */
  detail: string;
  changes: string[];
};

/** An agreed action as a row of the decisions table, every cell already in words. */
export type DecisionRow = { finding: string; description: string; owner: string; due: string; status: string };

/**
 * The slides of the meeting itself that a file can carry: the review of the
 * previous round's actions that opens a round, and the decisions of this
 * round at the end. The workshop draws them live (with a form to record
 * decisions); the PowerPoint export draws them from this model.
 */
export type ActionSlide =
  | { kind: "review"; title: string; lead: string; items: ReviewItem[]; empty: string | null }
  | {
      kind: "decisions";
      title: string;
      lead: string;
      headers: DecisionRow;
      rows: DecisionRow[];
      /** Empty rows to write decisions in, when none is recorded yet. */
      blankRows: number;
    };

/** A slide of the PowerPoint file: the workshop's results slides and the meeting's review and decisions. */
export type DeckSlide = Slide | ActionSlide;
