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
    nl: "{count} signalen in de antwoorden wijzen op dit vraagstuk (sterkte {strength}%). Een eerste stap: {intervention}.",
    en: "{count} signals in the answers point to this problem (strength {strength}%). A first step: {intervention}.",
  },
  lensTitle: { nl: "Versterk de invalshoek {lens}", en: "Strengthen the lens {lens}" },
  lensReasoning: {
    nl: "{lens} scoort {score} van 100 en is daarmee een {band}. {advice}",
    en: "{lens} scores {score} out of 100, which makes it {band}. {advice}",
  },
  bandConcern: { nl: "zorgpunt", en: "a concern" },
  bandAttention: { nl: "aandachtspunt", en: "a point for attention" },
  differenceTitle: {
    nl: "Bespreek waarom partners verschillen over ‘{statement}’",
    en: "Discuss why partners differ on ‘{statement}’",
  },
  differenceReasoning: {
    nl: "{high} komt hier uit op {highScore} van 100 en {low} op {lowScore}: een verschil van {gap} punten. Zulke verschillen in hoe partners de samenwerking zien, zijn de beste agenda voor het volgende gesprek.",
    en: "{high} comes out at {highScore} out of 100 here and {low} at {lowScore}: a difference of {gap} points. Such differences in how partners see the collaboration are the best agenda for the next conversation.",
  },
  differenceSplitReasoning: {
    nl: "De antwoorden vallen uiteen in twee kampen. Zulke verschillen in hoe mensen de samenwerking zien, zijn de beste agenda voor het volgende gesprek.",
    en: "The answers fall into two camps. Such differences in how people see the collaboration are the best agenda for the next conversation.",
  },
});

export const agendaTemplates = templates({
  contestedStatement: {
    nl: "{high} en {low} kijken verschillend aan tegen ‘{statement}’ ({highScore} tegen {lowScore} van 100). Wat ziet ieder van jullie, en waar komt dat verschil vandaan?",
    en: "{high} and {low} see ‘{statement}’ differently ({highScore} against {lowScore} out of 100). What does each of you see, and where does the difference come from?",
  },
  splitStatement: {
    nl: "Over ‘{statement}’ zijn de meningen verdeeld in twee kampen. Welke ervaringen liggen daaronder?",
    en: "Opinions on ‘{statement}’ are split into two camps. What experiences lie beneath that?",
  },
  oneSidedParadox: {
    nl: "Bij ‘{poleA} – {poleB}’ helt de samenwerking over naar ‘{pole}’. Is dat een bewuste keuze, en wat mist de samenwerking aan de kant van ‘{otherPole}’?",
    en: "On ‘{poleA} – {poleB}’ the collaboration leans towards ‘{pole}’. Is that a deliberate choice, and what does it miss on the side of ‘{otherPole}’?",
  },
  contestedParadox: {
    nl: "Partners plaatsen de samenwerking heel verschillend tussen ‘{poleA}’ en ‘{poleB}’. Hoe kijkt ieder ertegenaan, en wat maakt het verschil?",
    en: "Partners place the collaboration very differently between ‘{poleA}’ and ‘{poleB}’. How does each see it, and what makes the difference?",
  },
  paradoxShift: {
    nl: "Jullie willen bij ‘{poleA} – {poleB}’ meer richting ‘{pole}’. Wat is daarvoor nodig, en wie zet de eerste stap?",
    en: "On ‘{poleA} – {poleB}’ you want to move more towards ‘{pole}’. What does that take, and who takes the first step?",
  },
});
