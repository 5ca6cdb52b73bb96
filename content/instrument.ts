import { type Instrument, ZInstrument } from "./schema";

/**
 * The instrument's identity. Bump the version when items are added, removed
 * or reworded in meaning; every scan records the version it used.
 */
export const instrument: Instrument = ZInstrument.parse({
  id: "samenwerkingsscan",
  version: 1,
  name: { nl: "Samenwerkingsscan", en: "Collaboration scan" },
  variants: {
    quick: {
      name: { nl: "Snelle scan", en: "Quick scan" },
      minutes: 7,
      description: {
        nl: "De kernstellingen per invalshoek en waar de samenwerking nu staat op de twaalf paradoxen.",
        en: "The core statements per lens and where the collaboration stands now on the twelve paradoxes.",
      },
    },
    full: {
      name: { nl: "Volledige scan", en: "Full scan" },
      minutes: 22,
      description: {
        nl: "Alle stellingen, de paradoxen (nu, gewenst en hoe open erover gesproken wordt), vertrouwen en motieven.",
        en: "All statements, the paradoxes (now, desired and how openly they are discussed), trust and motives.",
      },
    },
  },
});
