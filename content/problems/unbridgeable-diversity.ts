import type { Problem } from "../schema";

export const unbridgeableDiversity: Problem = {
  id: "problem.unbridgeable-diversity",
  name: { nl: "Onoverbrugbare diversiteit", en: "Unbridgeable diversity" },
  description: {
    nl: "De partners verschillen zo sterk in taal, cultuur, tempo en manier van werken dat zij elkaar niet meer begrijpen. Verschil is geen bron van vernieuwing meer, maar een bron van ergernis.",
    en: "The partners differ so much in language, culture, pace and ways of working that they no longer understand each other. Difference is no longer a source of renewal but of irritation.",
  },
  differential: {
    core: [
      { signal: { kind: "statement-low", statementId: "people.working-styles-clash" }, weight: 1 },
      { signal: { kind: "statement-low", statementId: "interests.shared-language" }, weight: 1 },
      { signal: { kind: "statement-low", statementId: "people.differences-bridgeable" }, weight: 1 },
      { signal: { kind: "statement-low", statementId: "people.diversity-valued" }, weight: 0.8 },
    ],
    supporting: [
      { signal: { kind: "camps", statementId: "interests.shared-language" }, weight: 1 },
      { signal: { kind: "paradox-opposite-poles", paradoxId: "paradox.business-vs-societal" }, weight: 0.5 },
      { signal: { kind: "statement-low", statementId: "process.phase-shared" }, weight: 0.5 },
    ],
    counter: [
      // Differences felt as bridgeable are a source, not a barrier.
      {
        signal: { kind: "statement-high", statementId: "people.differences-bridgeable" },
        weight: 1.5,
        reason: {
          nl: "de verschillen worden als overbrugbaar ervaren",
          en: "the differences are felt to be bridgeable",
        },
      },
      {
        signal: { kind: "statement-high", statementId: "people.diversity-valued" },
        weight: 0.5,
        reason: { nl: "verschillen worden als een verrijking gezien", en: "differences are seen as enriching" },
      },
    ],
    lookAlikes: ["problem.enemy-image"],
    excludes: [],
  },
  interventions: [
    {
      id: "intervention.shared-vocabulary",
      title: { nl: "Bouw een gedeelde woordenlijst", en: "Build a shared vocabulary" },
      description: {
        nl: "Verzamel de begrippen die partners verschillend gebruiken en spreek af wat jullie er samen mee bedoelen.",
        en: "Collect the terms partners use differently and agree what you mean by them together.",
      },
    },
    {
      id: "intervention.difference-session",
      title: { nl: "Maak de verschillen bespreekbaar", en: "Make the differences discussable" },
      description: {
        nl: "Zet in een sessie de verschillen in werkcultuur, besluitvorming en tijdshorizon naast elkaar, zonder oordeel, en zoek waar ze elkaar kunnen versterken.",
        en: "In a session, set the differences in working culture, decision making and time horizon side by side, without judgement, and look for where they can strengthen each other.",
      },
    },
    {
      id: "intervention.boundary-spanners",
      title: { nl: "Zet verbinders in", en: "Use boundary spanners" },
      description: {
        nl: "Geef mensen die beide werelden kennen een rol als tolk en brugbouwer tussen de partners.",
        en: "Give people who know both worlds a role as interpreter and bridge builder between the partners.",
      },
    },
    {
      id: "intervention.work-on-cases",
      title: { nl: "Werk samen aan concrete casussen", en: "Work together on concrete cases" },
      description: {
        nl: "Verschillen worden hanteerbaar als partners ze tegenkomen in een gezamenlijke, concrete opgave in plaats van in abstracte discussies.",
        en: "Differences become manageable when partners meet them in a shared, concrete task rather than in abstract discussions.",
      },
    },
  ],
  source: {
    seed: "001_7207fcfacbc516e0.txt",
    section: "8.4.8",
    interpretation: true,
  },
};
