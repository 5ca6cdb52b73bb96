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
 * The evidence that points to a collaboration problem. The scoring library
 * evaluates each signal; thresholds are on the 0–100 score scale, paradox
 * positions on −1 (pole A) … +1 (pole B).
 */
export const ZSignal = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("lens-below"), lensId: ZLensId, threshold: z.number().min(0).max(100) }).strict(),
  z
    .object({ kind: z.literal("statement-below"), statementId: ZContentId, threshold: z.number().min(0).max(100) })
    .strict(),
  z.object({ kind: z.literal("statement-contested"), statementId: ZContentId }).strict(),
  z.object({ kind: z.literal("lens-contested"), lensId: ZLensId }).strict(),
  z
    .object({
      kind: z.literal("paradox-leaning"),
      paradoxId: ZContentId,
      pole: z.enum(["a", "b"]),
      min: z.number().gt(0).max(1),
    })
    .strict(),
  z
    .object({ kind: z.literal("paradox-closed"), paradoxId: ZContentId, threshold: z.number().min(0).max(100) })
    .strict(),
  z.object({ kind: z.literal("failure-factor"), factorId: ZContentId }).strict(),
]);
export type Signal = z.infer<typeof ZSignal>;

export const ZWeightedSignal = z.object({ signal: ZSignal, weight: z.number().positive().max(3) }).strict();

export const ZIntervention = z.object({ id: ZContentId, title: ZText, description: ZText }).strict();
export type Intervention = z.infer<typeof ZIntervention>;

export const ZProblem = z
  .object({
    id: ZContentId,
    name: ZText,
    description: ZText,
    signals: z.array(ZWeightedSignal).min(2),
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
    source: ZSource,
  })
  .strict();
export type ContextQuestion = z.infer<typeof ZContextQuestion>;

export const ZInstrument = z
  .object({
    id: ZContentId,
    version: z.number().int().positive(),
    name: ZText,
    variants: z.record(
      ZVariant,
      z.object({ name: ZText, minutes: z.number().int().positive(), description: ZText }).strict(),
    ),
  })
  .strict();
export type Instrument = z.infer<typeof ZInstrument>;
