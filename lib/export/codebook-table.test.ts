import { describe, expect, it } from "vitest";
import { instrument } from "../../content";
import { itemsForVariant } from "../instrument/items";
import { codebookTable } from "./codebook-table";
import { exportTranslator } from "./translator";

describe("codebookTable", () => {
  const table = codebookTable("full", instrument.version, "nl", exportTranslator("nl"));
  const byId = (id: string) => table.rows.find((row) => row.itemId === id);

  it("lists every item of the questionnaire with a label in words, never only an id", () => {
    expect(table.rows).toHaveLength(itemsForVariant("full", instrument.version).length);
    for (const row of table.rows) {
      for (const key of ["section", "text", "scale"] as const) {
        expect(String(row[key]), `${row.itemId} ${key}`).not.toMatch(/^[a-z-]+(\.[a-z-]+)+$/);
        expect(String(row[key]).length, `${row.itemId} ${key}`).toBeGreaterThan(2);
      }
    }
  });

  it("says which answer is favourable, so a negatively worded statement is read the right way round", () => {
    expect(byId("people.dominance")).toMatchObject({ reversed: "ja", favourable: "oneens" });
    expect(byId("ambition.shared-goal")).toMatchObject({ reversed: "nee", favourable: "eens" });
  });

  it("names a paradox's poles on its scale, and a background question's options", () => {
    expect(byId("paradox.central-vs-local.current")?.scale).toBe(
      "−3 = helemaal ‘Centrale sturing’ … 0 = in evenwicht … +3 = helemaal ‘Decentrale speelruimte’; leeg = weet niet",
    );
    expect(byId("context.trust-mode")?.scale).toContain("0 = Waakzaam contracteren");
    expect(byId("context.motive.cost")).toMatchObject({ text: "Kostenvoordeel" });
  });
});
