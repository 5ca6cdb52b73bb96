import { type FailureFactor, ZFailureFactor } from "./schema";

const source = { seed: "002_0ac84a4d98b191d2.txt", section: "table 2" } as const;
const measured = { kind: "measured" } as const;

/** The 29 failure factors of seed 002, table 2, in our own words, by discipline. */
export const failureFactors: readonly FailureFactor[] = ZFailureFactor.array().parse([
  // Business administration (6)
  {
    id: "ff.short-term-returns",
    discipline: "business",
    text: {
      nl: "Management dat vooral stuurt op winst en rendement op korte termijn",
      en: "Management steering mainly on short-term profit and return",
    },
    lenses: ["ambition", "interests"],
    measurement: measured,
    source,
  },
  {
    id: "ff.technical-financial-innovation",
    discipline: "business",
    text: {
      nl: "Vernieuwing die vooral technisch en financieel wordt benaderd",
      en: "Innovation approached mainly from a technical and financial angle",
    },
    lenses: ["process"],
    measurement: measured,
    source,
  },
  {
    id: "ff.customer-blind-innovation",
    discipline: "business",
    text: {
      nl: "Te weinig zicht op wat klanten of gebruikers nodig hebben bij vernieuwing",
      en: "Too little insight into what customers or users need when innovating",
    },
    lenses: ["interests", "process"],
    measurement: measured,
    source,
  },
  {
    id: "ff.linear-control",
    discipline: "business",
    text: {
      nl: "Vernieuwing aanpakken als een lineair, beheersbaar project",
      en: "Treating innovation as a linear project that can be controlled",
    },
    lenses: ["process"],
    measurement: measured,
    source,
  },
  {
    id: "ff.no-shared-vision",
    discipline: "business",
    text: {
      nl: "Geen helder beeld van gezamenlijke doelen en ambities",
      en: "No clear picture of shared goals and ambitions",
    },
    lenses: ["ambition"],
    measurement: measured,
    source,
  },
  {
    id: "ff.financial-opacity",
    discipline: "business",
    text: {
      nl: "Onduidelijkheid over wie wat financiert, investeert en terugverdient",
      en: "Unclarity about who funds, invests and earns what",
    },
    lenses: ["interests", "organisation"],
    measurement: measured,
    source,
  },
  // Organisation science (5)
  {
    id: "ff.no-relationship-knowledge",
    discipline: "organisation",
    text: {
      nl: "Geen kennis van de relaties en allianties die er al zijn",
      en: "No knowledge of the relationships and alliances that already exist",
    },
    lenses: ["organisation"],
    measurement: measured,
    source,
  },
  {
    id: "ff.initial-distrust",
    discipline: "organisation",
    text: {
      nl: "Weinig vertrouwen tussen de partners bij de start",
      en: "Little trust between the partners at the outset",
    },
    lenses: ["people"],
    measurement: measured,
    source,
  },
  {
    id: "ff.formalism",
    discipline: "organisation",
    text: {
      nl: "Vasthouden aan formele procedures en hiërarchie bij het inrichten van de samenwerking",
      en: "Clinging to formal procedures and hierarchy when setting up the collaboration",
    },
    lenses: ["organisation"],
    measurement: measured,
    source,
  },
  {
    id: "ff.knowledge-not-pooled",
    discipline: "organisation",
    text: {
      nl: "Kennis en ervaring van partners worden niet gebundeld en benut",
      en: "The partners’ knowledge and experience are not pooled and put to use",
    },
    lenses: ["process", "organisation"],
    measurement: measured,
    source,
  },
  {
    id: "ff.no-learning-from-mistakes",
    discipline: "organisation",
    text: {
      nl: "Niet leren van fouten bij het vormen van de samenwerking",
      en: "Not learning from mistakes made in forming the collaboration",
    },
    lenses: ["process"],
    measurement: measured,
    source,
  },
  // Public administration (5)
  {
    id: "ff.unclear-form",
    discipline: "public",
    text: {
      nl: "Onduidelijk of het om een contractuele afspraak of een partnerschap gaat",
      en: "Unclear whether it is a contractual arrangement or a partnership",
    },
    lenses: ["organisation"],
    measurement: measured,
    source,
  },
  {
    id: "ff.careless-procurement",
    discipline: "public",
    text: {
      nl: "Slordige procedures bij aanbesteden en uitbesteden",
      en: "Careless procedures for tendering and outsourcing",
    },
    lenses: ["organisation"],
    measurement: measured,
    source,
  },
  {
    id: "ff.loose-contracts",
    discipline: "public",
    text: {
      nl: "Contractuele afspraken die gaten laten",
      en: "Contractual agreements that leave gaps",
    },
    lenses: ["organisation"],
    measurement: measured,
    source,
  },
  {
    id: "ff.no-ongoing-alignment",
    discipline: "public",
    text: {
      nl: "In een partnerschap niet blijven onderhandelen en afstemmen",
      en: "In a partnership, not continuing to negotiate and align",
    },
    lenses: ["interests", "process"],
    measurement: measured,
    source,
  },
  {
    id: "ff.cultural-tensions",
    discipline: "public",
    text: {
      nl: "Spanningen door verschillende culturen worden over het hoofd gezien",
      en: "Tensions that stem from different cultures are overlooked",
    },
    lenses: ["people"],
    measurement: measured,
    source,
  },
  // Social sciences (13)
  {
    id: "ff.common-interest-unspoken",
    discipline: "social",
    text: {
      nl: "Het gezamenlijke belang wordt te weinig uitgesproken",
      en: "The common interest is not spelled out enough",
    },
    lenses: ["interests", "ambition"],
    measurement: measured,
    source,
  },
  {
    id: "ff.stereotyping",
    discipline: "social",
    text: {
      nl: "Partners met een belang worden in een hokje geplaatst of buitengesloten",
      en: "Partners with a stake are stereotyped or shut out",
    },
    lenses: ["people"],
    measurement: measured,
    source,
  },
  {
    id: "ff.power-imbalance",
    discipline: "social",
    text: {
      nl: "Scheve machtsverhoudingen en te grote afhankelijkheid in het netwerk",
      en: "Skewed power relations and too much dependence in the network",
    },
    lenses: ["people", "interests"],
    measurement: measured,
    source,
  },
  {
    id: "ff.little-trust-investment",
    discipline: "social",
    text: {
      nl: "Er wordt weinig geïnvesteerd in onderling vertrouwen",
      en: "Little is invested in mutual trust",
    },
    lenses: ["people"],
    measurement: measured,
    source,
  },
  {
    id: "ff.no-reflection",
    discipline: "social",
    text: {
      nl: "Te weinig stilstaan bij hoe er wordt samengewerkt en wat beter kan",
      en: "Too little reflection on how the partners work together and what could improve",
    },
    lenses: ["process"],
    measurement: measured,
    source,
  },
  {
    id: "ff.unclear-decisions",
    discipline: "social",
    text: {
      nl: "Onduidelijk hoe besluiten tot stand komen",
      en: "Unclear how decisions are made",
    },
    lenses: ["organisation"],
    measurement: measured,
    source,
  },
  {
    id: "ff.role-confusion",
    discipline: "social",
    text: {
      nl: "Verwarring over wie wat doet",
      en: "Confusion about who does what",
    },
    lenses: ["organisation"],
    measurement: measured,
    source,
  },
  {
    id: "ff.conflicts-mixed-up",
    discipline: "social",
    text: {
      nl: "Inhoudelijke meningsverschillen lopen door elkaar met persoonlijke conflicten",
      en: "Disagreements about the work get mixed up with personal conflicts",
    },
    lenses: ["people"],
    measurement: measured,
    source,
  },
  {
    id: "ff.task-conflict-avoided",
    discipline: "social",
    text: {
      nl: "Inhoudelijke meningsverschillen niet zien als normaal onderdeel van samenwerken",
      en: "Not treating disagreements about the work as a normal part of collaborating",
    },
    lenses: ["people"],
    measurement: measured,
    source,
  },
  {
    id: "ff.disciplinary-gaps",
    discipline: "social",
    text: {
      nl: "Vakgebieden met eigen achtergronden en werkwijzen begrijpen elkaar niet",
      en: "Disciplines with their own backgrounds and methods fail to understand each other",
    },
    lenses: ["people", "interests"],
    measurement: measured,
    source,
  },
  {
    id: "ff.fear-of-dependence",
    discipline: "social",
    text: {
      nl: "Angst om zelfstandigheid kwijt te raken en afhankelijk te worden",
      en: "Fear of losing independence and becoming dependent",
    },
    lenses: ["people", "interests"],
    measurement: measured,
    source,
  },
  {
    id: "ff.uncertainties-hidden",
    discipline: "social",
    text: {
      nl: "Persoonlijke onzekerheden worden niet open besproken",
      en: "Personal uncertainties are not discussed openly",
    },
    lenses: ["people"],
    measurement: measured,
    source,
  },
  {
    id: "ff.meanings-ignored",
    discipline: "social",
    text: {
      nl: "Geen oog voor hoe mensen de samenwerking beleven en wat zij eraan betekenen",
      en: "No eye for how people experience the collaboration and the meaning they give it",
    },
    lenses: ["people", "process"],
    measurement: measured,
    source,
  },
]);
