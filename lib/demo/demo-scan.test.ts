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

  it("quotes a partner's figure in its evidence as the advice and the partners page do", () => {
    const powerGame = diagnosis.problems.find((problem) => problem.id === "problem.power-game");
    const insurer = diagnosis.partners.find((partner) => partner.name === "Zorgverzekeraar Delta");
    const mean = insurer?.statementMeans["interests.fair-return"];
    expect(mean).toBeTypeOf("number");
    const quoted = (Math.round((mean ?? 0) * 10) / 10).toFixed(1).replace(".", ",");
    expect(powerGame?.reasoning.nl).toContain(`${quoted} (Zorgverzekeraar Delta)`);
  });
});
