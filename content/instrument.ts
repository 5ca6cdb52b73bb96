import { type Instrument, ZInstrument } from "./schema";

/**
 * The instrument's identity. Bump the version when items are added, removed
 * or reworded in meaning; every scan records the version it used, and its
 * questionnaire, diagnosis and exports use that version's items (statements
 * carry `since` and `until`). How long a variant takes is estimated from its
 * items (lib/instrument/duration.ts).
 *
 * Version 2 added thirteen statements and the tenure question so that the
 * nine collaboration problems can be told apart, and replaced two statements
 * that asked two things at once: organisation.contributions-clear
 * (contributions and the sharing of returns, each asked on its own by
 * interests.fair-return and interests.information-shared) and
 * organisation.know-how (knowing one's alliances and having methods; now
 * organisation.collaboration-know-how).
 */
export const instrument: Instrument = ZInstrument.parse({
  id: "samenwerkingsscan",
  version: 2,
  name: { nl: "Samenwerkingsscan", en: "Collaboration scan" },
  variants: {
    quick: {
      name: { nl: "Snelle scan", en: "Quick scan" },
      description: {
        nl: "De kernstellingen per invalshoek en waar de samenwerking nu staat op de twaalf paradoxen.",
        en: "The core statements per lens and where the collaboration stands now on the twelve paradoxes.",
      },
    },
    full: {
      name: { nl: "Volledige scan", en: "Full scan" },
      description: {
        nl: "Alle stellingen, de paradoxen (nu, gewenst en hoe open erover gesproken wordt), vertrouwen en motieven.",
        en: "All statements, the paradoxes (now, desired and how openly they are discussed), trust and motives.",
      },
    },
  },
});
