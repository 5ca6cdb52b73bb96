import { z } from "zod";

/**
 * The shapes of the instrument. Content files are plain data checked against
 * these schemas; ids are written by hand and never change once answers have
 * been stored against them. Cross-references (a statement's failure factors,
 * a problem's signals) are checked in `validate.ts`.
 */

export const LOCALES = ["nl", "en"] as const;
export const ZLocale = z.enum(LOCALES);
export type Locale = z.infer<typeof ZLocale>;

export const ZText = z.object({ nl: z.string().trim().min(1), en: z.string().trim().min(1) }).strict();
export type Text = z.infer<typeof ZText>;

export const SEED_FILES = [
  "000_536a6de17691a4b2.txt",
  "001_7207fcfacbc516e0.txt",
  "002_0ac84a4d98b191d2.txt",
  "003_a0b4d53b10a85b4d.txt",
  "004_0b7a637991a5eabe.txt",
] as const;

/**
 * Where an entry comes from: a seed file and the section or table in it.
 * `interpretation` marks what the sources do not state themselves but the
 * product proposes (e.g. a signal rule for a problem), so that nothing is
 * invented without saying so.
 */
export const ZSource = z
  .object({ seed: z.enum(SEED_FILES), section: z.string().min(1), interpretation: z.boolean().optional() })
  .strict();
export type Source = z.infer<typeof ZSource>;

/** Lowercase words joined by dots and hyphens, e.g. "ambition.shared-goal". */
export const ZContentId = z.string().regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)*$/);

export const LENS_IDS = ["ambition", "interests", "people", "organisation", "process"] as const;
export const ZLensId = z.enum(LENS_IDS);
export type LensId = z.infer<typeof ZLensId>;

export const PHASES = ["forming", "shaping", "functioning", "transforming"] as const;
export const ZPhase = z.enum(PHASES);
export type Phase = z.infer<typeof ZPhase>;

/** Contractual arrangement, partnership, or not (yet) decided (seed 002, table 3). */
export const FORMS = ["contract", "partnership", "undecided"] as const;
export const ZForm = z.enum(FORMS);
export type Form = z.infer<typeof ZForm>;

export const DISCIPLINES = ["business", "organisation", "public", "social"] as const;
export const ZDiscipline = z.enum(DISCIPLINES);
export type Discipline = z.infer<typeof ZDiscipline>;

/** How a respondent describes their own position; the options of `context.role` carry these ids as `role.<id>`. */
export const ROLES = ["executive", "manager", "operational", "other"] as const;
export const ZRole = z.enum(ROLES);
export type Role = z.infer<typeof ZRole>;

export const VARIANTS = ["quick", "full"] as const;
export const ZVariant = z.enum(VARIANTS);
export type Variant = z.infer<typeof ZVariant>;

export const ZSubTheme = z.object({ id: ZContentId, name: ZText, source: ZSource }).strict();
export type SubTheme = z.infer<typeof ZSubTheme>;

export const ZLens = z
  .object({
    id: ZLensId,
    name: ZText,
    leadingQuestion: ZText,
    explanation: ZText,
    subThemes: z.array(ZSubTheme).min(1),
    neglect: ZText,
    /** What to work on when the lens scores low. */
    advice: ZText,
    source: ZSource,
  })
  .strict();
export type Lens = z.infer<typeof ZLens>;

/** A statement answered on a 5-point agreement scale, with "don't know". */
export const ZStatement = z
  .object({
    id: ZContentId,
    lensId: ZLensId,
    subThemeId: ZContentId,
    text: ZText,
    /** Negatively phrased: agreement means a weaker collaboration. */
    isReversed: z.boolean(),
    variants: z.array(ZVariant).min(1),
    /** The instrument version that first asked it, and the last that asked it (when it was dropped). */
    since: z.number().int().positive().default(1),
    until: z.number().int().positive().optional(),
    measures: z
      .object({ failureFactors: z.array(ZContentId), successConditions: z.array(ZContentId) })
      .strict()
      .refine((measures) => measures.failureFactors.length + measures.successConditions.length > 0, {
        message: "a statement measures at least one failure factor or success condition",
      }),
    source: ZSource,
  })
  .strict();
export type Statement = z.infer<typeof ZStatement>;
export type StatementDraft = z.input<typeof ZStatement>;

export const ZPole = z.object({ name: ZText, risk: ZText }).strict();

export const ZParadox = z
  .object({
    id: ZContentId,
    number: z.number().int().min(1).max(12),
    poleA: ZPole,
    poleB: ZPole,
    description: ZText,
    /** The phases in which this tension weighs most. */
    phases: z.array(ZPhase).min(1),
    source: ZSource,
  })
  .strict();
export type Paradox = z.infer<typeof ZParadox>;

/** Context-only entries are not measured by a statement; the reason says why. */
export const ZMeasurement = z.union([
  z.object({ kind: z.literal("measured") }).strict(),
  z.object({ kind: z.literal("context-only"), reason: ZText }).strict(),
]);

export const ZFailureFactor = z
  .object({
    id: ZContentId,
    discipline: ZDiscipline,
    text: ZText,
    lenses: z.array(ZLensId).min(1),
    measurement: ZMeasurement,
    source: ZSource,
  })
  .strict();
export type FailureFactor = z.infer<typeof ZFailureFactor>;

export const ZSuccessCondition = z
  .object({
    id: ZContentId,
    discipline: ZDiscipline,
    text: ZText,
    lenses: z.array(ZLensId).min(1),
    /** Contract-only and partnership-only conditions count only when the scan has chosen that form. */
    appliesTo: z.enum(["both", "contract", "partnership"]),
    measurement: ZMeasurement,
    source: ZSource,
  })
  .strict();
export type SuccessCondition = z.infer<typeof ZSuccessCondition>;

/**
 * One piece of evidence the diagnosis can look for (interpretation of seed
 * 001 §8.1–8.4: how an advisor reads a collaboration). Each yields a severity
 * from 0 (absent) to 1 (as strong as it gets) from the published figures
 * (lib/scoring/differential):
 * - "statement-low" / "lens-low": clearly unfavourable (below 40 on the
 *   favourable 0–100 scale, a mean below 2.6 on 1–5), more severe the further
 *   below neutral and the more partners share it;
 * - "statement-high" / "lens-high": clearly favourable (above 60), for counter-indications;
 * - "paradox-leaning": the collaboration leans towards a pole (position −1…+1, at least `min`);
 * - "paradox-closed": the tension is hardly discussed openly;
 * - "partners-apart": partners' means differ beyond agreement (average deviation above c/6);
 * - "one-partner-low": one partner clearly unfavourable, the others not (felt by one, not all);
 * - "camps": partners fall into two camps of at least two partners each;
 * - "role-gap": executives and the people at the table see it a step apart, `lower` the unfavourable side;
 * - "paradox-opposite-poles": partners place a paradox on opposite sides;
 * - "choice-prevails": an option of a context question is chosen most (e.g. a trust mode);
 * - "choice-share": at least a share `min` of respondents chose one of the options (e.g. short tenure).
 */
export const ZSignal = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("statement-low"), statementId: ZContentId }).strict(),
  z.object({ kind: z.literal("statement-high"), statementId: ZContentId }).strict(),
  z.object({ kind: z.literal("lens-low"), lensId: ZLensId }).strict(),
  z.object({ kind: z.literal("lens-high"), lensId: ZLensId }).strict(),
  z
    .object({
      kind: z.literal("paradox-leaning"),
      paradoxId: ZContentId,
      pole: z.enum(["a", "b"]),
      min: z.number().gt(0).max(1),
    })
    .strict(),
  z.object({ kind: z.literal("paradox-closed"), paradoxId: ZContentId }).strict(),
  z.object({ kind: z.literal("partners-apart"), statementId: ZContentId }).strict(),
  z.object({ kind: z.literal("one-partner-low"), statementId: ZContentId }).strict(),
  z.object({ kind: z.literal("camps"), statementId: ZContentId }).strict(),
  z.object({ kind: z.literal("role-gap"), statementId: ZContentId, lower: z.enum(["table", "executives"]) }).strict(),
  z.object({ kind: z.literal("paradox-opposite-poles"), paradoxId: ZContentId }).strict(),
  z
    .object({ kind: z.literal("choice-prevails"), questionId: ZContentId, codes: z.array(z.number().int()).min(1) })
    .strict(),
  z
    .object({
      kind: z.literal("choice-share"),
      questionId: ZContentId,
      codes: z.array(z.number().int()).min(1),
      min: z.number().gt(0).max(1),
    })
    .strict(),
]);
export type Signal = z.infer<typeof ZSignal>;

export const ZWeightedSignal = z.object({ signal: ZSignal, weight: z.number().positive().max(3).default(1) }).strict();

/**
 * Evidence against a problem, the neighbouring problem it argues for instead
 * (if any), and in a few words why it argues against (shown with the figures).
 */
export const ZCounterSignal = z
  .object({
    signal: ZSignal,
    weight: z.number().positive().max(3).default(1),
    pointsTo: ZContentId.optional(),
    reason: ZText,
  })
  .strict();

/**
 * How an advisor tells this problem from its neighbours: at least one core
 * signal must hold; supporting signals make it more likely; counter-signals
 * make it less likely (`pointsTo`: they argue for that neighbour instead).
 * `lookAlikes` are the neighbours an advisor weighs it against; the
 * diagnosis says in one sentence why the nearest of them is less likely.
 * `excludes` names look-alikes that cannot be true at the same time (a
 * perspective cannot fade that was never shared): of the two only the better
 * supported one is reported.
 */
export const ZDifferential = z
  .object({
    core: z.array(ZWeightedSignal).min(1),
    supporting: z.array(ZWeightedSignal),
    counter: z.array(ZCounterSignal),
    lookAlikes: z.array(ZContentId).min(1),
    excludes: z.array(ZContentId),
  })
  .strict();
export type Differential = z.infer<typeof ZDifferential>;

export const ZIntervention = z.object({ id: ZContentId, title: ZText, description: ZText }).strict();
export type Intervention = z.infer<typeof ZIntervention>;

export const ZProblem = z
  .object({
    id: ZContentId,
    name: ZText,
    description: ZText,
    differential: ZDifferential,
    interventions: z.array(ZIntervention).min(3).max(6),
    source: ZSource,
  })
  .strict();
export type Problem = z.infer<typeof ZProblem>;

/** An option of a context question; `code` is what is stored and never changes. */
export const ZOption = z
  .object({ id: ZContentId, code: z.number().int().min(0), label: ZText, description: ZText.optional() })
  .strict();
export type Option = z.infer<typeof ZOption>;

export const ZContextQuestion = z
  .object({
    id: ZContentId,
    /**
     * scan: set once by the manager; entry: asked when a respondent enters
     * through an invitation and stored with the respondent; respondent: an
     * item of the questionnaire.
     */
    askedOf: z.enum(["scan", "entry", "respondent"]),
    kind: z.enum(["single-choice", "importance"]),
    question: ZText,
    help: ZText.optional(),
    options: z.array(ZOption).min(2),
    variants: z.array(ZVariant).min(1),
    /** The instrument version that first asked it. */
    since: z.number().int().positive().default(1),
    source: ZSource,
  })
  .strict();
export type ContextQuestion = z.infer<typeof ZContextQuestion>;

export const ZInstrument = z
  .object({
    id: ZContentId,
    version: z.number().int().positive(),
    name: ZText,
    variants: z.record(ZVariant, z.object({ name: ZText, description: ZText }).strict()),
  })
  .strict();
export type Instrument = z.infer<typeof ZInstrument>;
