import { type Lens, ZLens } from "./schema";

const seed001 = "001_7207fcfacbc516e0.txt" as const;

export const lenses: readonly Lens[] = ZLens.array().parse([
  {
    id: "ambition",
    name: { nl: "Ambitie", en: "Ambition" },
    leadingQuestion: {
      nl: "Weten de partners waarom zij samen optrekken, en spreekt dat hen aan?",
      en: "Do the partners know why they work together, and does that appeal to them?",
    },
    explanation: {
      nl: "Een gedeeld en aansprekend doel houdt een samenwerking bij elkaar. Het gaat om wat de partners samen willen bereiken, hoe belangrijk de samenwerking voor ieder van hen is en wat de betrokken leiders persoonlijk drijft.",
      en: "A shared and appealing goal holds a collaboration together. This lens covers what the partners want to achieve together, how much the collaboration matters to each of them and what personally drives the leaders involved.",
    },
    subThemes: [
      {
        id: "ambition.binding-agent",
        name: { nl: "Ambitie als bindmiddel", en: "Ambition as the glue" },
        source: { seed: seed001, section: "contents, ch. 3.1" },
      },
      {
        id: "ambition.strategic-importance",
        name: { nl: "Strategisch belang van de samenwerking", en: "Strategic importance of the collaboration" },
        source: { seed: seed001, section: "contents, ch. 3.2" },
      },
    ],
    neglect: {
      nl: "Zonder gedeelde ambitie verwordt samenwerken tot het afvinken van actielijsten; de energie verdwijnt en er dreigt schijnsamenwerking.",
      en: "Without a shared ambition, working together shrinks to ticking off action lists; energy drains away and sham collaboration looms.",
    },
    source: { seed: seed001, section: "ch. 3; 8.2.1" },
  },
]);

export function findLens(id: string): Lens | undefined {
  return lenses.find((lens) => lens.id === id);
}
