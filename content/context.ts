import { type ContextQuestion, ZContextQuestion } from "./schema";

const book = "001_7207fcfacbc516e0.txt" as const;
const chapter = "002_0ac84a4d98b191d2.txt" as const;

/**
 * Context of a scan (set by the manager) and of each respondent. Stored
 * answers hold an option's `code`, or a 1–5 importance per motive.
 */
export const contextQuestions: readonly ContextQuestion[] = ZContextQuestion.array().parse([
  {
    id: "context.phase",
    askedOf: "scan",
    kind: "single-choice",
    question: { nl: "In welke fase zit de samenwerking?", en: "What phase is the collaboration in?" },
    options: [
      {
        id: "phase.forming",
        code: 0,
        label: { nl: "Formeren", en: "Forming" },
        description: {
          nl: "Kennismaken, verkennen wat partners elkaar te bieden hebben en vertrouwen opbouwen.",
          en: "Getting acquainted, exploring what partners can offer each other and building trust.",
        },
      },
      {
        id: "phase.shaping",
        code: 1,
        label: { nl: "Vormen", en: "Shaping" },
        description: {
          nl: "De vorm, de zakelijke afspraken en de gezamenlijke identiteit vastleggen.",
          en: "Settling the form, the business arrangements and the shared identity.",
        },
      },
      {
        id: "phase.functioning",
        code: 2,
        label: { nl: "Functioneren", en: "Functioning" },
        description: {
          nl: "Samen doelen realiseren, resultaten boeken en het werk coördineren.",
          en: "Achieving goals together, delivering results and coordinating the work.",
        },
      },
      {
        id: "phase.transforming",
        code: 3,
        label: { nl: "Transformeren", en: "Transforming" },
        description: {
          nl: "Vernieuwen omdat resultaten uitblijven of de omgeving verandert.",
          en: "Renewing because results lag or the context changes.",
        },
      },
    ],
    variants: ["quick", "full"],
    source: { seed: chapter, section: "Spelen met paradoxen" },
  },
  {
    id: "context.form",
    askedOf: "scan",
    kind: "single-choice",
    question: {
      nl: "Is de samenwerking een contractuele afspraak of een partnerschap?",
      en: "Is the collaboration a contractual arrangement or a partnership?",
    },
    help: {
      nl: "Bij een contractuele afspraak liggen diensten en kosten vast; bij een partnerschap zoeken partners samen naar de aanpak. Sommige succesvoorwaarden gelden maar voor één van beide.",
      en: "In a contractual arrangement services and costs are fixed; in a partnership the partners search for the approach together. Some success conditions apply to only one of the two.",
    },
    options: [
      { id: "form.contract", code: 0, label: { nl: "Contractuele afspraak", en: "Contractual arrangement" } },
      { id: "form.partnership", code: 1, label: { nl: "Partnerschap", en: "Partnership" } },
      { id: "form.undecided", code: 2, label: { nl: "Nog niet besloten", en: "Not decided yet" } },
    ],
    variants: ["quick", "full"],
    source: { seed: chapter, section: "table 3 (public administration); seed 000" },
  },
  {
    id: "context.collaboration-type",
    askedOf: "scan",
    kind: "single-choice",
    question: { nl: "Welke vorm van samenwerking past het best?", en: "Which form of collaboration fits best?" },
    help: {
      nl: "Elke vorm heeft een eigen houdbaarheid: van langdurig en intensief tot wisselvallig.",
      en: "Each form has its own durability: from long and intensive to volatile.",
    },
    options: [
      {
        id: "type.horizontal-integration",
        code: 0,
        label: { nl: "Integratie van toelevering en productie", en: "Integration of supply and production" },
        description: { nl: "Langdurig en intensief", en: "Long and intensive" },
      },
      {
        id: "type.distribution-networks",
        code: 1,
        label: { nl: "Koppelen van distributienetwerken", en: "Linking distribution networks" },
        description: { nl: "Langdurig en intensief", en: "Long and intensive" },
      },
      {
        id: "type.resource-exchange",
        code: 2,
        label: { nl: "Kosten besparen door middelen uit te wisselen", en: "Cutting costs by exchanging resources" },
        description: { nl: "Langdurig en robuust", en: "Long and robust" },
      },
      {
        id: "type.innovation-pooling",
        code: 3,
        label: {
          nl: "Kennis en middelen bundelen voor innovatie",
          en: "Pooling knowledge and resources for innovation",
        },
        description: { nl: "Langdurig en flexibel", en: "Long and flexible" },
      },
      {
        id: "type.joint-purchasing",
        code: 4,
        label: { nl: "Samen inkopen", en: "Joint purchasing" },
        description: { nl: "Tijdelijk en robuust", en: "Temporary and robust" },
      },
      {
        id: "type.knowledge-for-innovation",
        code: 5,
        label: { nl: "Kennis uitwisselen voor vernieuwing", en: "Exchanging knowledge for renewal" },
        description: { nl: "Tijdelijk en flexibel", en: "Temporary and flexible" },
      },
      {
        id: "type.knowledge-for-operations",
        code: 6,
        label: {
          nl: "Kennis uitwisselen voor betere bedrijfsvoering",
          en: "Exchanging knowledge to improve operations",
        },
        description: { nl: "Tijdelijk en flexibel", en: "Temporary and flexible" },
      },
      {
        id: "type.joint-marketing",
        code: 7,
        label: { nl: "Samen de markt bewerken", en: "Joint marketing" },
        description: { nl: "Tijdelijk en flexibel", en: "Temporary and flexible" },
      },
      {
        id: "type.public-private-contract",
        code: 8,
        label: {
          nl: "Contract tussen publieke en private partijen",
          en: "Contract between public and private parties",
        },
        description: { nl: "Tijdelijk en robuust", en: "Temporary and robust" },
      },
      {
        id: "type.public-outsourcing",
        code: 9,
        label: { nl: "Aanbesteden of uitbesteden van publieke taken", en: "Tendering or outsourcing public tasks" },
        description: { nl: "Tijdelijk en robuust", en: "Temporary and robust" },
      },
      {
        id: "type.area-development",
        code: 10,
        label: {
          nl: "Publiek-privaat partnerschap in gebiedsontwikkeling",
          en: "Public-private partnership in area development",
        },
        description: { nl: "Tijdelijk en flexibel", en: "Temporary and flexible" },
      },
      {
        id: "type.complex-issues",
        code: 11,
        label: {
          nl: "Publiek en privaat samen aan complexe vraagstukken",
          en: "Public and private together on complex issues",
        },
        description: { nl: "Wisselvallig", en: "Volatile" },
      },
      {
        id: "type.hybrid-organisation",
        code: 12,
        label: {
          nl: "Publieke en private taken in één hybride organisatie",
          en: "Public and private tasks in one hybrid organisation",
        },
        description: { nl: "Wisselvallig", en: "Volatile" },
      },
      {
        id: "type.cross-boundary-issues",
        code: 13,
        label: { nl: "Over grenzen heen werken aan een vraagstuk", en: "Working across boundaries on an issue" },
        description: { nl: "Wisselvallig", en: "Volatile" },
      },
      {
        id: "type.cross-professional",
        code: 14,
        label: {
          nl: "Samenwerken tussen verschillende professionals",
          en: "Collaboration between different professionals",
        },
        description: { nl: "Wisselvallig", en: "Volatile" },
      },
    ],
    variants: ["quick", "full"],
    source: { seed: chapter, section: "table 1" },
  },
  {
    id: "context.role",
    askedOf: "entry",
    kind: "single-choice",
    question: {
      nl: "Welke rol heb je in deze samenwerking?",
      en: "What is your role in this collaboration?",
    },
    options: [
      { id: "role.executive", code: 0, label: { nl: "Bestuurder of directeur", en: "Executive or director" } },
      { id: "role.manager", code: 1, label: { nl: "Manager of projectleider", en: "Manager or project lead" } },
      {
        id: "role.operational",
        code: 2,
        label: { nl: "Uitvoerend of inhoudelijk betrokken", en: "Operational or subject expert" },
      },
      { id: "role.other", code: 3, label: { nl: "Anders (bijvoorbeeld adviseur)", en: "Other (for example adviser)" } },
    ],
    variants: ["quick", "full"],
    source: { seed: book, section: "5.4.3 (executives), 7.5 (roles)" },
  },
  {
    id: "context.trust-mode",
    askedOf: "respondent",
    kind: "single-choice",
    question: {
      nl: "Welke typering past het best bij hoe de partners nu met elkaar omgaan?",
      en: "Which description best fits how the partners deal with each other now?",
    },
    help: {
      nl: "Vier manieren van omgaan met vertrouwen en waakzaamheid.",
      en: "Four ways of combining trust and vigilance.",
    },
    options: [
      {
        id: "trust.vigilant-contracting",
        code: 0,
        label: { nl: "Waakzaam contracteren", en: "Vigilant contracting" },
        description: {
          nl: "Alles wordt vastgelegd en gecontroleerd; op elkaars woord alleen gaat niemand af.",
          en: "Everything is laid down and checked; nobody relies on the other’s word alone.",
        },
      },
      {
        id: "trust.exploratory-exchange",
        code: 1,
        label: { nl: "Onderzoekend uitwisselen", en: "Exploratory exchange" },
        description: {
          nl: "Partners tasten elkaar voorzichtig af en delen stap voor stap meer.",
          en: "Partners cautiously sound each other out and share a little more step by step.",
        },
      },
      {
        id: "trust.calculative-connecting",
        code: 2,
        label: { nl: "Berekenend verbinden", en: "Calculative connecting" },
        description: {
          nl: "Partners werken samen zolang het loont, en houden de balans van geven en nemen scherp in de gaten.",
          en: "Partners collaborate as long as it pays, keeping a close eye on the balance of give and take.",
        },
      },
      {
        id: "trust.unhindered-collaboration",
        code: 3,
        label: { nl: "Onbelemmerd samenwerken", en: "Unhindered collaboration" },
        description: {
          nl: "Partners vertrouwen elkaar en werken vrijuit samen, ook zonder alles vast te leggen.",
          en: "Partners trust each other and work together freely, without laying everything down.",
        },
      },
    ],
    variants: ["full"],
    source: { seed: book, section: "5.1.3–5.1.6" },
  },
  {
    id: "context.motives",
    askedOf: "respondent",
    kind: "importance",
    question: {
      nl: "Hoe belangrijk is elk van deze motieven voor jouw organisatie om aan deze samenwerking deel te nemen?",
      en: "How important is each of these motives for your organisation to take part in this collaboration?",
    },
    options: [
      {
        id: "context.motive.market",
        code: 0,
        label: { nl: "Markt en positie", en: "Market and position" },
        description: {
          nl: "Bijvoorbeeld nieuwe markten of producten, sterkere distributie, bescherming tegen concurrentie.",
          en: "For example new markets or products, stronger distribution, protection against competition.",
        },
      },
      {
        id: "context.motive.cost",
        code: 1,
        label: { nl: "Kostenvoordeel", en: "Cost advantage" },
        description: {
          nl: "Bijvoorbeeld schaalvoordeel, gedeelde ondersteunende diensten, betere afstemming in de keten.",
          en: "For example economies of scale, shared support services, better alignment in the chain.",
        },
      },
      {
        id: "context.motive.knowledge",
        code: 2,
        label: { nl: "Kennis en innovatie", en: "Knowledge and innovation" },
        description: {
          nl: "Bijvoorbeeld samen innoveren, toegang tot technologie, leren van de kennis en cultuur van partners.",
          en: "For example innovating together, access to technology, learning from partners’ knowledge and culture.",
        },
      },
      {
        id: "context.motive.external",
        code: 3,
        label: { nl: "Druk van buiten", en: "External pressure" },
        description: {
          nl: "Bijvoorbeeld een wettelijke plicht, politieke wens van één loket, of een moreel appel uit de samenleving.",
          en: "For example a legal duty, a political wish for a single point of contact, or a moral appeal from society.",
        },
      },
    ],
    variants: ["full"],
    source: { seed: book, section: "table 2.1" },
  },
  {
    id: "context.tenure",
    askedOf: "respondent",
    kind: "single-choice",
    question: {
      nl: "Hoe lang ben je al bij deze samenwerking betrokken?",
      en: "How long have you been involved in this collaboration?",
    },
    options: [
      { id: "tenure.under-half-year", code: 0, label: { nl: "Korter dan een half jaar", en: "Less than six months" } },
      {
        id: "tenure.half-to-one-year",
        code: 1,
        label: { nl: "Een half jaar tot een jaar", en: "Six months to a year" },
      },
      { id: "tenure.one-to-three-years", code: 2, label: { nl: "Een tot drie jaar", en: "One to three years" } },
      { id: "tenure.over-three-years", code: 3, label: { nl: "Langer dan drie jaar", en: "More than three years" } },
    ],
    variants: ["full"],
    since: 2,
    source: { seed: book, section: "5.4.6; 8.4.3", interpretation: true },
  },
]);
