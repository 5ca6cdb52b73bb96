import { describe, expect, it } from "vitest";
import { lenses, paradoxes, problems, type Source } from "../../content";
import { citeSource } from "./cite-source";

const book = "001_7207fcfacbc516e0.txt";
const chapter = "002_0ac84a4d98b191d2.txt";

describe("a source as the reader sees it", () => {
  it.each([
    [
      { seed: book, section: "ch. 3; 8.2.1" },
      "nl",
      "Kaats & Opheij, Leren samenwerken tussen organisaties, hoofdstuk 3 en § 8.2.1",
    ],
    [
      { seed: book, section: "ch. 3; 8.2.1" },
      "en",
      "Kaats & Opheij, Leren samenwerken tussen organisaties (Learning to collaborate between organisations), chapter 3 and § 8.2.1",
    ],
    [
      { seed: book, section: "5.1.3–5.1.6" },
      "nl",
      "Kaats & Opheij, Leren samenwerken tussen organisaties, § 5.1.3–5.1.6",
    ],
    [
      { seed: chapter, section: "§4, paradox 10; seed 004" },
      "nl",
      "Boonstra, Grensoverschrijdend samenwerken: stoeien met paradoxen, § 4, paradox 10; Van Hille, Omgaan met paradoxen",
    ],
    [
      { seed: chapter, section: "tables 2 and 3" },
      "nl",
      "Boonstra, Grensoverschrijdend samenwerken: stoeien met paradoxen, tabellen 2 en 3",
    ],
    [{ seed: book, section: "table 2.1" }, "en", expect.stringMatching(/, table 2\.1$/)],
    [
      { seed: chapter, section: "§4, paradox 12, Spelen met paradoxen" },
      "nl",
      expect.stringMatching(/paradox 12, ‘Spelen met paradoxen’$/),
    ],
  ] as const)("cites %o in %s", (source, locale, expected) => {
    expect(citeSource(source as Source, locale)).toEqual(expected);
  });

  const shown = [
    ...lenses.map((lens) => lens.source),
    ...paradoxes.map((paradox) => paradox.source),
    ...problems.map((problem) => problem.source),
  ];

  it("leaks no internal notes or words of the other language into the knowledge base", () => {
    for (const source of shown) {
      const dutch = citeSource(source, "nl");
      const english = citeSource(source, "en");
      expect(dutch, source.section).not.toMatch(/seed|signal|interpretation|chapter|\btable|contents|ch\./i);
      expect(english, source.section).not.toMatch(/seed|hoofdstuk|tabel|contents|ch\./i);
      expect(dutch, source.section).toMatch(/^(Kaats & Opheij|Boonstra|Van Hille|AOG)/);
    }
  });
});
