import { type Text, ZText } from "./schema";

/**
 * Templates for the advice and the dialogue agenda that the diagnosis
 * generates; {placeholders} are filled in by the scoring library. The idea
 * that partners' differences are the agenda for their conversation comes
 * from seed 001 §1.4 (confusion of language) and seed 002 (evaluate openly);
 * the wording is ours.
 */
function templates<Key extends string>(entries: Record<Key, Text>): Record<Key, Text> {
  for (const text of Object.values<Text>(entries)) ZText.parse(text);
  return entries;
}

export const adviceTemplates = templates({
  problemTitle: { nl: "Pak ‘{problem}’ aan", en: "Address ‘{problem}’" },
  problemReasoning: {
    nl: "{confidence}. Wat dit draagt: {evidence}. Een eerste stap: {intervention}.",
    en: "{confidence}. What carries it: {evidence}. A first step: {intervention}.",
  },
  problemClear: { nl: "Duidelijk aanwezig", en: "Clearly present" },
  problemPossible: { nl: "Mogelijk aanwezig", en: "Possibly present" },
  lensTitle: { nl: "Versterk de invalshoek {lens}", en: "Strengthen the lens {lens}" },
  lensReasoning: {
    nl: "{lens} scoort {score} van 100 en is daarmee een {band}. Het zwakst: {statement}. {advice}",
    en: "{lens} scores {score} out of 100, which makes it {band}. Weakest: {statement}. {advice}",
  },
  bandConcern: { nl: "zorgpunt", en: "a concern" },
  bandAttention: { nl: "aandachtspunt", en: "a point for attention" },
  differenceTitle: {
    nl: "Bespreek waarom partners verschillen over ‘{statement}’",
    en: "Discuss why partners differ on ‘{statement}’",
  },
  differenceReasoning: {
    nl: "{more} is het hier gemiddeld meer mee eens ({moreMean} op 5) dan {less} ({lessMean} op 5). Zulke verschillen in hoe partners de samenwerking zien, zijn de beste agenda voor het volgende gesprek.",
    en: "{more} agrees with it more on average ({moreMean} out of 5) than {less} ({lessMean} out of 5). Such differences in how partners see the collaboration are the best agenda for the next conversation.",
  },
  differenceSplitReasoning: {
    nl: "De antwoorden vallen uiteen in twee kampen, dwars door de partners heen: {disagree}% is het oneens, {agree}% eens. Zulke verschillen zijn de beste agenda voor het volgende gesprek.",
    en: "The answers fall into two camps, across the partners: {disagree}% disagree, {agree}% agree. Such differences are the best agenda for the next conversation.",
  },
});

/**
 * Conversation questions. Where partners or roles answer a statement
 * differently, the figures are the mean answer on 1–5 to the statement as
 * worded; the closing question depends on the lens, so that the agenda asks
 * about goals for ambition, interests for interests, experiences for people,
 * arrangements for organisation and the way of working for process.
 */
export const agendaTemplates = templates({
  partnersDiffer: {
    nl: "{more} en {less} beantwoorden ‘{statement}’ verschillend: gemiddeld {moreMean} tegenover {lessMean} op 5. {question}",
    en: "{more} and {less} answer ‘{statement}’ differently: {moreMean} against {lessMean} out of 5 on average. {question}",
  },
  splitStatement: {
    nl: "Over ‘{statement}’ zijn de meningen verdeeld, dwars door de partners heen: {disagree}% is het oneens, {agree}% eens. {question}",
    en: "Opinions on ‘{statement}’ are divided, across the partners: {disagree}% disagree, {agree}% agree. {question}",
  },
  rolesDiffer: {
    nl: "Bestuurders en de mensen aan tafel beantwoorden ‘{statement}’ verschillend: gemiddeld {executivesMean} tegenover {tableMean} op 5. Wat weet de een dat de ander niet weet?",
    en: "Executives and the people at the table answer ‘{statement}’ differently: {executivesMean} against {tableMean} out of 5 on average. What does one side know that the other does not?",
  },
  questionAmbition: {
    nl: "Wat betekent dit verschil voor het doel dat jullie samen nastreven?",
    en: "What does this difference mean for the goal you pursue together?",
  },
  questionInterests: {
    nl: "Welk belang zit achter ieders antwoord?",
    en: "Which interest lies behind each answer?",
  },
  questionPeople: {
    nl: "Wat heeft ieder meegemaakt dat tot dit antwoord leidt?",
    en: "What has each experienced that leads to this answer?",
  },
  questionOrganisation: {
    nl: "Welke afspraak of regeling zou dit verschil kleiner maken?",
    en: "Which agreement or arrangement would make this difference smaller?",
  },
  questionProcess: {
    nl: "Wat zou er in jullie manier van samenwerken moeten veranderen om hier dichter bij elkaar te komen?",
    en: "What would have to change in the way you work together to come closer on this?",
  },
  oneSidedParadox: {
    nl: "Bij ‘{poleA} – {poleB}’ helt de samenwerking over naar ‘{pole}’ (gemiddeld {position} op een schaal van −3 tot +3). Het risico aan die kant: {risk} Is dat een bewuste keuze?",
    en: "On ‘{poleA} – {poleB}’ the collaboration leans towards ‘{pole}’ ({position} on average on a scale from −3 to +3). The risk on that side: {risk} Is that a deliberate choice?",
  },
  partnersPlaceParadox: {
    nl: "Partners plaatsen de samenwerking heel verschillend tussen ‘{poleA}’ en ‘{poleB}’: {nearA} dichter bij ‘{poleA}’, {nearB} dichter bij ‘{poleB}’. Hoe kijkt ieder ertegenaan, en wat maakt het verschil?",
    en: "Partners place the collaboration very differently between ‘{poleA}’ and ‘{poleB}’: {nearA} closer to ‘{poleA}’, {nearB} closer to ‘{poleB}’. How does each see it, and what makes the difference?",
  },
  splitParadox: {
    nl: "Over waar de samenwerking staat tussen ‘{poleA}’ en ‘{poleB}’ lopen de meningen uiteen, dwars door de partners heen. Wat zien de mensen die het zo verschillend inschatten?",
    en: "Views on where the collaboration stands between ‘{poleA}’ and ‘{poleB}’ diverge, across the partners. What do the people who judge it so differently see?",
  },
  paradoxShift: {
    nl: "Bij ‘{poleA} – {poleB}’ willen jullie verschuiven, weg van ‘{from}’ (nu gemiddeld {current}, gewenst {desired} op een schaal van −3 tot +3). Wat is daarvoor nodig, en wie zet de eerste stap?",
    en: "On ‘{poleA} – {poleB}’ you want to shift away from ‘{from}’ (now {current} on average, desired {desired} on a scale from −3 to +3). What does that take, and who takes the first step?",
  },
});

/**
 * Sentences that name what carries a diagnosis (interpretation: how an
 * advisor would write it). Figures beside a statement read in the
 * statement's own direction: the mean answer on 1–5 to the text as worded,
 * and the share that agrees with it.
 */
export const evidenceTemplates = templates({
  statement: {
    nl: "‘{statement}’ (gemiddeld {mean} op 5, {agree}% eens{partners})",
    en: "‘{statement}’ (on average {mean} out of 5, {agree}% agree{partners})",
  },
  statementPartners: {
    nl: "; ongunstig bij {count} van de {total} partners",
    en: "; unfavourable with {count} of the {total} partners",
  },
  lens: { nl: "de invalshoek {lens} ({score} van 100)", en: "the lens {lens} ({score} out of 100)" },
  partnersApart: {
    nl: "partners lopen uiteen over ‘{statement}’: van {lowMean} ({lowPartner}) tot {highMean} ({highPartner}) op 5",
    en: "partners differ on ‘{statement}’: from {lowMean} ({lowPartner}) to {highMean} ({highPartner}) out of 5",
  },
  onePartner: {
    nl: "{partner} staat alleen bij ‘{statement}’: gemiddeld {partnerMean} op 5, tegenover {othersMean} bij de andere partners",
    en: "{partner} stands alone on ‘{statement}’: {partnerMean} out of 5 on average, against {othersMean} for the other partners",
  },
  camps: {
    nl: "twee kampen bij ‘{statement}’: {campA} (gemiddeld {meanA} op 5) tegenover {campB} ({meanB})",
    en: "two camps on ‘{statement}’: {campA} ({meanA} out of 5 on average) against {campB} ({meanB})",
  },
  roleGap: {
    nl: "{executives} en {atTable} zien ‘{statement}’ verschillend: gemiddeld {executivesMean} tegenover {atTableMean} op 5",
    en: "{executives} and {atTable} see ‘{statement}’ differently: {executivesMean} against {atTableMean} out of 5 on average",
  },
  paradoxLeaning: {
    nl: "bij de spanning ‘{poleA} – {poleB}’ helt de samenwerking naar ‘{pole}’ (gemiddeld {position} op een schaal van −3 tot +3)",
    en: "on the tension ‘{poleA} – {poleB}’ the collaboration leans towards ‘{pole}’ ({position} on average on a scale from −3 to +3)",
  },
  paradoxClosed: {
    nl: "over de spanning ‘{poleA} – {poleB}’ wordt weinig open gesproken (openheid {score} van 100)",
    en: "the tension ‘{poleA} – {poleB}’ is hardly discussed openly (openness {score} out of 100)",
  },
  paradoxPoles: {
    nl: "partners zien de samenwerking aan weerszijden van ‘{poleA} – {poleB}’: {sideA} bij ‘{poleA}’, {sideB} bij ‘{poleB}’",
    en: "partners see the collaboration on either side of ‘{poleA} – {poleB}’: {sideA} at ‘{poleA}’, {sideB} at ‘{poleB}’",
  },
  choice: {
    nl: "{share}% van de respondenten koos bij ‘{question}’ voor ‘{option}’",
    en: "{share}% of respondents chose ‘{option}’ for ‘{question}’",
  },
  and: { nl: " en ", en: " and " },
});

/**
 * The reasoning of a diagnosed problem, part by part: what carries it, what
 * supports it, what argues against it, and why the nearest look-alike is
 * less likely.
 */
export const diagnosisTemplates = templates({
  clear: { nl: "duidelijk", en: "clear" },
  possible: { nl: "mogelijk", en: "possible" },
  reasoning: {
    nl: "{problem} ({confidence}). Wat dit draagt: {evidence}.",
    en: "{problem} ({confidence}). What carries it: {evidence}.",
  },
  support: { nl: " Wat het ondersteunt: {evidence}.", en: " What supports it: {evidence}." },
  against: {
    nl: " Wat ertegen pleit: {reason}, zie {evidence}.",
    en: " What argues against it: {reason}, see {evidence}.",
  },
  lessLikely: {
    nl: " ‘{other}’ is minder waarschijnlijk: {reason}.",
    en: " ‘{other}’ is less likely: {reason}.",
  },
  lessLikelyPointer: { nl: "{reason}, zie {evidence}", en: "{reason}, see {evidence}" },
  lessLikelyWeaker: {
    nl: "de antwoorden wijzen er minder sterk op, met als sterkste aanwijzing {evidence}",
    en: "the answers point to it less strongly, the strongest sign being {evidence}",
  },
  lessLikelyAbsent: {
    nl: "de antwoorden wijzen er niet op, zie {evidence}",
    en: "the answers do not point to it, see {evidence}",
  },
  executives: { nl: "bestuurders", en: "executives" },
  atTheTable: { nl: "de mensen aan tafel", en: "the people at the table" },
});
