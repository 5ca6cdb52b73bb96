import { describe, expect, it } from "vitest";
import { instrument } from "../../content";
import { diagnose } from "../scoring/diagnose";
import { demoPartners, demoScanInput } from "./demo-scan";

/**
 * The demo is the first thing a newcomer sees: its answers read like a real
 * collaboration, and the diagnosis tells its story back (a board and a table
 * that differ on the mandate, one partner that feels dominated, a partner
 * too small to show).
 */
describe("the demo scan", () => {
  const diagnosis = diagnose(demoScanInput());

  it("uses the current instrument version", () => {
    expect(diagnosis.instrument.version).toBe(instrument.version);
  });

  it("tells its story back: double loyalties between board and table, a power game felt by one partner", () => {
    const [first, second] = diagnosis.problems;
    expect(first).toMatchObject({ id: "problem.double-loyalty", confidence: "clear" });
    expect(first?.evidence.some((evidence) => evidence.signal.kind === "role-gap")).toBe(true);
    expect(second).toMatchObject({ id: "problem.power-game", confidence: "possible" });
    expect(second?.reasoning.nl).toContain("Thuiszorg Aan Huis staat alleen");
    expect(diagnosis.partners.find((partner) => partner.name === "Woningcorporatie Thuis")?.status).toBe("held-back");
  });

  it("reads like real answers: no two partners alike, differences of every size, some 'weet niet'", () => {
    const shown = diagnosis.partners.filter((partner) => partner.status === "shown");
    for (const [index, one] of shown.entries()) {
      for (const other of shown.slice(index + 1)) {
        const same = diagnosis.statements.filter(
          (statement) => one.statements[statement.id] === other.statements[statement.id],
        ).length;
        expect(same / diagnosis.statements.length, `${one.name} and ${other.name}`).toBeLessThan(0.2);
      }
    }
    const gaps = diagnosis.statements.map((statement) => statement.partnerGap);
    expect(gaps.filter((gap) => gap === 25).length / gaps.length).toBeLessThan(0.15);
    expect(new Set(gaps).size).toBeGreaterThan(20);
    const dontKnow = demoPartners().flatMap((partner) =>
      partner.respondents.flatMap((respondent) => Object.values(respondent.answers).filter((value) => value === null)),
    );
    expect(dontKnow.length).toBeGreaterThan(0);
  });

  it("shows in the background which trust mode prevails for most partners, and motives some share and some do not", () => {
    const trust = diagnosis.background.trustModes;
    const shown = diagnosis.partners.filter((partner) => partner.status === "shown");
    const modeOf = (name: string) => trust?.groups[shown.find((partner) => partner.name === name)?.id ?? ""];
    const prevailing = shown.filter(
      (partner) => trust?.groups[partner.id] !== null && trust?.groups[partner.id] !== undefined,
    );
    expect(prevailing.length / shown.length).toBeGreaterThan(0.5);
    expect(modeOf("Zorgverzekeraar Delta")).toBe(2); // calculative connecting
    expect(modeOf("Thuiszorg Aan Huis")).toBe(1); // exploratory exchange
    expect(modeOf("Gemeente Rivierstad")).toBeNull(); // divided between its board and its table
    // A partner too small to show has no trust mode of its own either.
    const heldBack = diagnosis.partners.find((partner) => partner.name === "Woningcorporatie Thuis");
    expect(Object.keys(trust?.groups ?? {})).not.toContain(heldBack?.id);
    const shared = diagnosis.background.motives.map((motive) => [motive.id, motive.isShared]);
    expect(Object.fromEntries(shared)).toEqual({
      "context.motive.market": false,
      "context.motive.cost": false,
      "context.motive.knowledge": true,
      "context.motive.external": true,
    });
  });

  it("quotes a partner's figure in its evidence as the advice and the partners page do", () => {
    const powerGame = diagnosis.problems.find((problem) => problem.id === "problem.power-game");
    const insurer = diagnosis.partners.find((partner) => partner.name === "Zorgverzekeraar Delta");
    const mean = insurer?.statementMeans["interests.fair-return"];
    expect(mean).toBeTypeOf("number");
    const quoted = (Math.round((mean ?? 0) * 10) / 10).toFixed(1).replace(".", ",");
    expect(powerGame?.reasoning.nl).toContain(`${quoted} (Zorgverzekeraar Delta)`);
  });
});
