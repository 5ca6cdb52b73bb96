import { describe, expect, it } from "vitest";
import { twoCampsDiagnosis } from "../testing/two-camps";
import { agreedAction, costsAction, secondRound } from "../testing/two-rounds";
import { BLANK_DECISION_ROWS } from "./action-slides";
import { buildDeck } from "./build-deck";
import { buildSlides } from "./build-slides";
import type { ActionSlide, DeckSlide } from "./slide";

function ofKind<K extends ActionSlide["kind"]>(slides: DeckSlide[], kind: K): Extract<ActionSlide, { kind: K }>[] {
  return slides.filter((slide): slide is Extract<ActionSlide, { kind: K }> => slide.kind === kind);
}

const thisRound = [costsAction];

describe("buildDeck", () => {
  it("opens round 2 with the review after the title slide and ends with the decisions, as the workshop does", () => {
    const { diagnosis, rounds } = secondRound(thisRound);
    const deck = buildDeck(diagnosis, "Netwerk Oost", "nl", rounds);
    const results = buildSlides(diagnosis, "Netwerk Oost", "nl");
    expect(deck.map((slide) => slide.kind)).toEqual([
      "title",
      "review",
      ...results.slice(1).map((slide) => slide.kind),
      "decisions",
    ]);
  });

  it("reviews each action of round 1 with its status, owner, finding and the change in its lens", () => {
    const { diagnosis, rounds } = secondRound(thisRound);
    const [review] = ofKind(buildDeck(diagnosis, "Netwerk Oost", "nl", rounds), "review");
    expect(review?.title).toBe("Terugblik: acties van ronde 1");
    expect(review?.items).toEqual([
      {
        status: "done",
        statusLabel: "Gedaan",
        description: "Samen de ambitie op één A4 zetten",
        detail: "Eigenaar: Gemeente Apeldoorn · klaar op 1 mrt 2027 · Over: Invalshoek · Ambitie",
        changes: ["Ambitie: 25 → 75 (+50)"],
      },
    ]);
  });

  it("lists this round's decisions with finding, action, owner, due date and status, in English too", () => {
    const { diagnosis, rounds } = secondRound(thisRound);
    const [decisions] = ofKind(buildDeck(diagnosis, "Netwerk Oost", "en", rounds), "decisions");
    expect(decisions?.title).toBe("Decisions: who does what?");
    expect(decisions?.headers).toEqual({
      finding: "Finding",
      description: "Action",
      owner: "Owner",
      due: "Due by",
      status: "Status",
    });
    expect(decisions?.rows).toEqual([
      {
        finding: "Paradox · Central steering – Local room to move",
        description: "Kwartaaloverleg over de verdeling van de kosten",
        owner: "Marieke de Boer",
        due: "30 Jun 2027",
        status: "In progress",
      },
    ]);
    expect(decisions?.blankRows).toBe(0);
  });

  it("gives a round without decisions yet an empty table that says what to note for each", () => {
    const deck = buildDeck(twoCampsDiagnosis(), "Netwerk Veluwe", "nl", { round: 1, review: null, actions: [] });
    expect(ofKind(deck, "review")).toEqual([]);
    const decisions = ofKind(deck, "decisions");
    expect(decisions).toHaveLength(1);
    expect(decisions[0]?.rows).toEqual([]);
    expect(decisions[0]?.blankRows).toBe(BLANK_DECISION_ROWS);
    expect(decisions[0]?.lead).toContain("Noteer per afspraak over welke bevinding het gaat");
    expect(deck.at(-1)?.kind).toBe("decisions");
  });

  it("says so when round 1 recorded no actions, rather than leaving the review out", () => {
    const { diagnosis } = secondRound([]);
    const [review] = ofKind(
      buildDeck(diagnosis, "Netwerk Oost", "nl", { round: 2, review: [], actions: [] }),
      "review",
    );
    expect(review?.items).toEqual([]);
    expect(review?.empty).toBe("In ronde 1 zijn geen acties vastgelegd.");
  });

  it("keeps the review and the decisions while round 2 cannot be published yet, with no figure of round 2", () => {
    const { diagnosis, rounds } = secondRound([costsAction], 1);
    expect(diagnosis.isSuppressed).toBe(true);
    const deck = buildDeck(diagnosis, "Netwerk Oost", "nl", rounds);
    expect(deck.map((slide) => slide.kind)).toEqual(["title", "review", "decisions"]);
    expect(ofKind(deck, "review")[0]?.items[0]?.changes).toEqual(["Ambitie: 25 → verborgen"]);
  });

  it("spreads many long decisions over numbered slides, keeping every one in order", () => {
    const long = "Een werkgroep van alle partners maakt een voorstel voor de verdeling van kosten en opbrengsten. ";
    const many = Array.from({ length: 14 }, (_, index) =>
      agreedAction({
        description: `${index + 1}. ${long.repeat(1 + (index % 3))}`,
        finding: { kind: "statement", id: "people.dominance" },
        lensId: "people",
      }),
    );
    const { diagnosis, rounds } = secondRound(many);
    const decisions = ofKind(buildDeck(diagnosis, "Netwerk Oost", "nl", rounds), "decisions");
    expect(decisions.length).toBeGreaterThan(2);
    expect(decisions.flatMap((slide) => slide.rows.map((row) => row.description))).toEqual(
      many.map((action) => action.description),
    );
    expect(decisions.map((slide) => slide.title)).toContain(`Besluiten: wie doet wat? (2 van ${decisions.length})`);
  });
});
