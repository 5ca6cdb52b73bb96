import { z } from "zod";
import { SEED_FILES, ZText } from "./schema";

/**
 * The literature behind the instrument, cited wherever a source reference is
 * shown: `short` is author and title as a reference names them, the same in
 * both languages (the works are Dutch); `titleInEnglish` tells an English
 * reader what the title means; `citation` is the full reference.
 */
const ZSourceDocument = z
  .object({
    seed: z.enum(SEED_FILES),
    short: z.string().min(1),
    titleInEnglish: z.string().min(1),
    citation: z.string().min(1),
    usedFor: ZText,
  })
  .strict();
export type SourceDocument = z.infer<typeof ZSourceDocument>;

export const sourceDocuments: readonly SourceDocument[] = ZSourceDocument.array().parse([
  {
    seed: "000_536a6de17691a4b2.txt",
    short: "Boonstra, Balanceren tussen uitersten",
    titleInEnglish: "Balancing between extremes",
    citation: "Boonstra, J. — Balanceren tussen uitersten",
    usedFor: {
      nl: "De twaalf paradoxen in hun publiek-private bewoording; het onderscheid tussen contract en partnerschap.",
      en: "The twelve paradoxes in their public-private wording; the distinction between contract and partnership.",
    },
  },
  {
    seed: "001_7207fcfacbc516e0.txt",
    short: "Kaats & Opheij, Leren samenwerken tussen organisaties",
    titleInEnglish: "Learning to collaborate between organisations",
    citation: "Kaats, E. & Opheij, W. (2014) — Leren samenwerken tussen organisaties. Deventer: Vakmedianet",
    usedFor: {
      nl: "De vijf invalshoeken en hun subthema’s, de vier vormen van vertrouwen, de motieven om samen te werken, de diagnosemethode en de negen samenwerkingsvraagstukken.",
      en: "The five lenses and their sub-themes, the four trust modes, the motives to collaborate, the diagnosis method and the nine collaboration problems.",
    },
  },
  {
    seed: "002_0ac84a4d98b191d2.txt",
    short: "Boonstra, Grensoverschrijdend samenwerken: stoeien met paradoxen",
    titleInEnglish: "Collaborating across boundaries: wrestling with paradoxes",
    citation: "Boonstra, J. — Grensoverschrijdend samenwerken: stoeien met paradoxen",
    usedFor: {
      nl: "Vormen van samenwerking (tabel 1), 29 faalfactoren (tabel 2), 45 succesvoorwaarden (tabel 3), de twaalf paradoxen en de vier fasen.",
      en: "Forms of collaboration (table 1), 29 failure factors (table 2), 45 success conditions (table 3), the twelve paradoxes and the four phases.",
    },
  },
  {
    seed: "003_a0b4d53b10a85b4d.txt",
    short: "AOG School of Management & Rijksdienst voor het Cultureel Erfgoed, Goed verbonden?",
    titleInEnglish: "Well connected?",
    citation: "AOG School of Management & Rijksdienst voor het Cultureel Erfgoed — Goed verbonden?",
    usedFor: {
      nl: "Collusie en conflictvermijding, machtsspel en de onzichtbare achterban, condities voor vertrouwen, minimale structuur en verbindend leiderschap.",
      en: "Collusion and conflict avoidance, power games and the invisible constituency, conditions for trust, minimal structure and collaborative leadership.",
    },
  },
  {
    seed: "004_0b7a637991a5eabe.txt",
    short: "Van Hille, Omgaan met paradoxen",
    titleInEnglish: "Dealing with paradoxes in cross-sector collaboration",
    citation: "Van Hille, I. — Omgaan met paradoxen in sector-overschrijdende samenwerking",
    usedFor: {
      nl: "De balans tussen resultaat en proces (kleine successen en ‘baggerwerk’) en samenwerking als niet-lineair proces.",
      en: "The balance between result and process (small wins and ‘dredging’) and collaboration as a non-linear process.",
    },
  },
]);

/** A source document by its seed file, or by the file's number alone ("004"). */
export function findSourceDocument(seed: string): SourceDocument | undefined {
  return sourceDocuments.find((document) => document.seed === seed || document.seed.startsWith(`${seed}_`));
}
