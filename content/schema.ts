import { z } from "zod";

/**
 * The shapes of the instrument. Content files are plain data checked against
 * these schemas; ids are written by hand and never change once answers have
 * been stored against them.
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

/** Where an entry comes from: a seed file and the section or table in it. */
export const ZSource = z.object({ seed: z.enum(SEED_FILES), section: z.string().min(1) }).strict();
export type Source = z.infer<typeof ZSource>;

/** Lowercase words joined by dots and hyphens, e.g. "ambition.shared-goal". */
export const ZContentId = z.string().regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)*$/);

export const LENS_IDS = ["ambition", "interests", "people", "organisation", "process"] as const;
export const ZLensId = z.enum(LENS_IDS);
export type LensId = z.infer<typeof ZLensId>;

export const ZSubTheme = z.object({ id: ZContentId, name: ZText, source: ZSource }).strict();

export const ZLens = z
  .object({
    id: ZLensId,
    name: ZText,
    leadingQuestion: ZText,
    explanation: ZText,
    subThemes: z.array(ZSubTheme).min(1),
    neglect: ZText,
    source: ZSource,
  })
  .strict();
export type Lens = z.infer<typeof ZLens>;

export const VARIANTS = ["quick", "full"] as const;
export const ZVariant = z.enum(VARIANTS);
export type Variant = z.infer<typeof ZVariant>;

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
    source: ZSource,
  })
  .strict();
export type Statement = z.infer<typeof ZStatement>;

export const ZInstrument = z.object({ id: ZContentId, version: z.number().int().positive(), name: ZText }).strict();
export type Instrument = z.infer<typeof ZInstrument>;
