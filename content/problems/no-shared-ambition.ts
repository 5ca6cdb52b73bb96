import type { Problem } from "../schema";

export const noSharedAmbition: Problem = {
  id: "problem.no-shared-ambition",
  name: { nl: "Gebrek aan gedeelde ambitie", en: "Lack of a shared ambition" },
  description: {
    nl: "De partners zitten om tafel zonder een gezamenlijk beeld van wat zij willen bereiken. Ieder heeft een eigen verhaal over het doel, afspraken blijven vaag en de energie gaat naar procedures in plaats van naar de inhoud.",
    en: "The partners sit at the table without a common picture of what they want to achieve. Each tells its own story about the goal, agreements stay vague and energy goes into procedures rather than substance.",
  },
  differential: {
    core: [
      { signal: { kind: "statement-low", statementId: "ambition.shared-goal" }, weight: 1 },
      { signal: { kind: "statement-low", statementId: "ambition.shared-problem" }, weight: 1 },
      { signal: { kind: "statement-low", statementId: "ambition.different-stories" }, weight: 1 },
      { signal: { kind: "camps", statementId: "ambition.shared-problem" }, weight: 1 },
      { signal: { kind: "camps", statementId: "ambition.shared-goal" }, weight: 1 },
    ],
    supporting: [
      { signal: { kind: "statement-low", statementId: "ambition.motives-known" }, weight: 1 },
      { signal: { kind: "statement-low", statementId: "ambition.concrete-goals" }, weight: 1 },
      { signal: { kind: "statement-low", statementId: "ambition.network-value" }, weight: 0.5 },
      { signal: { kind: "partners-apart", statementId: "ambition.shared-goal" }, weight: 1 },
      { signal: { kind: "partners-apart", statementId: "ambition.shared-problem" }, weight: 1 },
    ],
    counter: [
      // A goal put into words together, and the same story from every partner: the ambition exists.
      {
        signal: { kind: "statement-high", statementId: "ambition.shared-goal" },
        weight: 1,
        reason: {
          nl: "de partners hebben hun doel samen onder woorden gebracht",
          en: "the partners have put their goal into words together",
        },
      },
      {
        signal: { kind: "statement-high", statementId: "ambition.different-stories" },
        weight: 0.7,
        reason: {
          nl: "partners vertellen hetzelfde verhaal over waar het om draait",
          en: "partners tell the same story about what it is about",
        },
      },
    ],
    lookAlikes: ["problem.fading-perspective"],
    excludes: ["problem.fading-perspective"],
  },
  interventions: [
    {
      id: "intervention.ambition-session",
      title: { nl: "Ambitiesessie met de bestuurders", en: "Ambition session with the executives" },
      description: {
        nl: "Laat elke partner vertellen wat hij met de samenwerking wil bereiken en waarom. Zoek de overlap en schrijf samen een ambitie van hooguit één pagina.",
        en: "Let each partner say what it wants to achieve through the collaboration and why. Look for the overlap and write a shared ambition of one page at most.",
      },
    },
    {
      id: "intervention.key-questions",
      title: { nl: "Sleutelvragen uitwisselen", en: "Exchange the key questions" },
      description: {
        nl: "Beantwoord per partner: wat willen wij bereiken, wat brengen wij in, wat hebben wij nodig en waar ligt onze grens? Bespreek de verschillen voordat er over oplossingen wordt gepraat.",
        en: "Per partner, answer: what do we want to achieve, what do we bring, what do we need and where is our limit? Discuss the differences before talking about solutions.",
      },
    },
    {
      id: "intervention.joint-problem-definition",
      title: { nl: "Eerst een gezamenlijke probleemdefinitie", en: "A shared problem definition first" },
      description: {
        nl: "Beschrijf samen het vraagstuk dat jullie willen oplossen, in woorden die elke partner herkent, voordat er plannen worden gemaakt.",
        en: "Describe together the issue you want to solve, in words every partner recognises, before any plans are made.",
      },
    },
    {
      id: "intervention.concrete-goals",
      title: { nl: "Vertaal de ambitie naar toetsbare doelen", en: "Turn the ambition into checkable goals" },
      description: {
        nl: "Kies drie tot vijf doelen met een eigenaar en een moment waarop jullie samen kijken of ze gehaald zijn.",
        en: "Choose three to five goals, each with an owner and a moment when you check together whether they were met.",
      },
    },
    {
      id: "intervention.continue-or-not",
      title: { nl: "Stel de vraag of doorgaan zin heeft", en: "Ask whether carrying on makes sense" },
      description: {
        nl: "Als er te weinig gemeenschappelijke grond blijkt, bespreek dan openlijk of de samenwerking in deze vorm en met deze partners moet doorgaan.",
        en: "If there turns out to be too little common ground, discuss openly whether the collaboration should continue in this form and with these partners.",
      },
    },
  ],
  source: {
    seed: "001_7207fcfacbc516e0.txt",
    section: "8.4.1",
    interpretation: true,
  },
};
