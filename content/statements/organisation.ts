import type { StatementDraft } from "../schema";

const book = "001_7207fcfacbc516e0.txt" as const;
const event = "003_a0b4d53b10a85b4d.txt" as const;

export const organisationStatements: StatementDraft[] = [
  {
    id: "organisation.right-partners",
    lensId: "organisation",
    subThemeId: "organisation.partner-choice",
    text: {
      nl: "De juiste partners doen mee: wie nodig is voor het resultaat, zit aan tafel.",
      en: "The right partners take part: whoever is needed for the result is at the table.",
    },
    isReversed: false,
    variants: ["full"],
    measures: { failureFactors: [], successConditions: ["sc.partnership.involve-actors"] },
    source: { seed: book, section: "6.2.1" },
  },
  {
    id: "organisation.form-clear",
    lensId: "organisation",
    subThemeId: "organisation.basic-form",
    text: {
      nl: "Het is voor iedereen duidelijk of dit een contractuele afspraak is of een partnerschap waarin we samen zoeken.",
      en: "Everyone knows whether this is a contractual arrangement or a partnership in which we search together.",
    },
    isReversed: false,
    variants: ["quick", "full"],
    measures: {
      failureFactors: ["ff.unclear-form"],
      successConditions: ["sc.form-distinguished", "sc.form-chosen"],
    },
    source: { seed: "002_0ac84a4d98b191d2.txt", section: "tables 2 and 3 (public administration)" },
  },
  {
    id: "organisation.agreements-sound",
    lensId: "organisation",
    subThemeId: "organisation.basic-form",
    text: {
      nl: "De financiële en juridische afspraken zijn helder en laten geen belangrijke vragen open.",
      en: "The financial and legal agreements are clear and leave no important questions open.",
    },
    isReversed: false,
    variants: ["full"],
    measures: {
      failureFactors: ["ff.loose-contracts"],
      successConditions: ["sc.clear-contracts", "sc.contract.detailed-scope"],
    },
    source: { seed: book, section: "6.2.2, 6.2.4" },
  },
  {
    id: "organisation.careful-procurement",
    lensId: "organisation",
    subThemeId: "organisation.basic-form",
    text: {
      nl: "Bij aanbesteden, inkopen of uitbesteden binnen de samenwerking gaan we zorgvuldig te werk.",
      en: "When tendering, buying or outsourcing within the collaboration, we proceed carefully.",
    },
    isReversed: false,
    variants: ["full"],
    measures: { failureFactors: ["ff.careless-procurement"], successConditions: ["sc.contract.careful-procurement"] },
    source: { seed: "002_0ac84a4d98b191d2.txt", section: "tables 2 and 3 (public administration)" },
  },
  {
    id: "organisation.decisions-clear",
    lensId: "organisation",
    subThemeId: "organisation.governance",
    text: {
      nl: "Het is duidelijk wie waarover beslist en hoe besluiten tot stand komen.",
      en: "It is clear who decides on what and how decisions are made.",
    },
    isReversed: false,
    variants: ["quick", "full"],
    measures: { failureFactors: ["ff.unclear-decisions"], successConditions: [] },
    source: { seed: book, section: "6.2.3" },
  },
  {
    id: "organisation.roles-clear",
    lensId: "organisation",
    subThemeId: "organisation.governance",
    text: {
      nl: "Iedereen weet wie wat doet in de samenwerking.",
      en: "Everyone knows who does what in the collaboration.",
    },
    isReversed: false,
    variants: ["quick", "full"],
    measures: { failureFactors: ["ff.role-confusion"], successConditions: [] },
    source: { seed: book, section: "6.2.3" },
  },
  {
    id: "organisation.red-tape",
    lensId: "organisation",
    subThemeId: "organisation.governance",
    text: {
      nl: "Formele procedures en hiërarchie staan het samenwerken in de weg.",
      en: "Formal procedures and hierarchy get in the way of working together.",
    },
    isReversed: true,
    variants: ["full"],
    measures: { failureFactors: ["ff.formalism"], successConditions: [] },
    source: { seed: "003_a0b4d53b10a85b4d.txt", section: "Conflictwaarde (minimal structure)" },
  },
  {
    id: "organisation.political-restraint",
    lensId: "organisation",
    subThemeId: "organisation.governance",
    text: {
      nl: "Bestuurlijke of politieke opdrachtgevers geven de uitvoering ruimte en grijpen niet bij elk incident in.",
      en: "Administrative or political principals give the work room and do not step in at every incident.",
    },
    isReversed: false,
    variants: ["full"],
    measures: { failureFactors: [], successConditions: ["sc.contract.political-restraint"] },
    source: { seed: "002_0ac84a4d98b191d2.txt", section: "table 3 (contractual arrangements)" },
  },
  {
    id: "organisation.contributions-clear",
    lensId: "organisation",
    subThemeId: "organisation.business-case",
    text: {
      nl: "Het is duidelijk wat ieder inbrengt aan geld, mensen en middelen, en hoe de opbrengsten worden verdeeld.",
      en: "It is clear what each brings in money, people and means, and how the returns are shared.",
    },
    isReversed: false,
    variants: ["full"],
    // Asked two things at once (contributions and the sharing of returns); dropped from version 2, where
    // interests.fair-return and interests.information-shared ask each on its own.
    until: 1,
    measures: {
      failureFactors: ["ff.financial-opacity"],
      successConditions: ["sc.financial-transparency", "sc.contributions-clear"],
    },
    source: { seed: book, section: "6.2.5" },
  },
  {
    id: "organisation.resources",
    lensId: "organisation",
    subThemeId: "organisation.business-case",
    text: {
      nl: "Er zijn genoeg mensen, tijd en geld vrijgemaakt om de samenwerking te laten slagen.",
      en: "Enough people, time and money have been set aside for the collaboration to succeed.",
    },
    isReversed: false,
    variants: ["quick", "full"],
    measures: { failureFactors: [], successConditions: ["sc.dedicated-resources"] },
    source: { seed: book, section: "6.2.5" },
  },
  {
    id: "organisation.progress-informed",
    lensId: "organisation",
    subThemeId: "organisation.information",
    text: {
      nl: "Partners worden goed op de hoogte gehouden van voortgang en resultaten.",
      en: "Partners are kept well informed of progress and results.",
    },
    isReversed: false,
    variants: ["full"],
    measures: { failureFactors: [], successConditions: ["sc.progress-shared", "sc.information-openness"] },
    source: { seed: book, section: "6.2.6" },
  },
  {
    id: "organisation.direction",
    lensId: "organisation",
    subThemeId: "organisation.network-direction",
    text: {
      nl: "Het is duidelijk wie de regie voert en welke positie elke partij in het geheel inneemt.",
      en: "It is clear who directs the whole and what position each party takes in it.",
    },
    isReversed: false,
    variants: ["full"],
    measures: { failureFactors: [], successConditions: ["sc.central-coordination"] },
    source: { seed: book, section: "6.3.6, 6.3.7" },
  },
  {
    id: "organisation.know-how",
    lensId: "organisation",
    subThemeId: "organisation.network-direction",
    text: {
      nl: "Mijn organisatie weet welke samenwerkingsverbanden zij al heeft en beschikt over beproefde werkwijzen om er een goed op te zetten.",
      en: "My organisation knows which collaborations it already has and has proven methods for setting one up well.",
    },
    isReversed: false,
    variants: ["full"],
    // Asked two things at once; version 2 asks only the know-how (organisation.collaboration-know-how).
    until: 1,
    measures: {
      failureFactors: ["ff.no-relationship-knowledge"],
      successConditions: ["sc.alliance-knowledge", "sc.alliance-methods"],
    },
    source: {
      seed: "002_0ac84a4d98b191d2.txt",
      section: "tables 2 and 3 (business administration, organisation science)",
    },
  },
  {
    id: "organisation.recognisable-identity",
    lensId: "organisation",
    subThemeId: "organisation.identity",
    text: {
      nl: "De samenwerking heeft een eigen, herkenbaar gezicht waarmee mensen zich verbonden voelen.",
      en: "The collaboration has a recognisable identity of its own that people feel connected to.",
    },
    isReversed: false,
    variants: ["full"],
    measures: { failureFactors: [], successConditions: ["sc.meanings-shared"] },
    source: { seed: book, section: "6.3.8" },
  },
  {
    id: "organisation.decided-elsewhere",
    lensId: "organisation",
    subThemeId: "organisation.governance",
    text: {
      nl: "Belangrijke besluiten worden buiten het gezamenlijke overleg voorbereid door een paar partners.",
      en: "Important decisions are prepared outside the joint meetings by a few partners.",
    },
    isReversed: true,
    variants: ["full"],
    since: 2,
    measures: { failureFactors: ["ff.power-imbalance", "ff.unclear-decisions"], successConditions: [] },
    source: { seed: event, section: "Machtsspelletjes", interpretation: true },
  },
  {
    id: "organisation.collaboration-know-how",
    lensId: "organisation",
    subThemeId: "organisation.network-direction",
    text: {
      nl: "Mijn organisatie weet uit ervaring wat een samenwerking als deze laat slagen.",
      en: "My organisation knows from experience what makes a collaboration like this succeed.",
    },
    isReversed: false,
    variants: ["full"],
    since: 2,
    measures: {
      failureFactors: ["ff.no-relationship-knowledge"],
      successConditions: ["sc.alliance-knowledge", "sc.alliance-methods"],
    },
    source: {
      seed: "002_0ac84a4d98b191d2.txt",
      section: "tables 2 and 3 (business administration, organisation science)",
    },
  },
];
