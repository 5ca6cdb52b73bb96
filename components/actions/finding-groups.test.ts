import { describe, expect, it } from "vitest";
import { findStatement } from "@/content";
import type { AgendaItem } from "@/lib/scoring";
import { findingGroups } from "./finding-groups";

const question = { nl: "Vraag", en: "Question" };
const agenda: AgendaItem[] = [
  { kind: "role-difference", refId: "people.caught-between", question },
  { kind: "contested-statement", refId: "process.agreements-unkept", question },
  { kind: "contested-paradox", refId: "paradox.central-vs-local", question },
];

describe("the findings an action can be about", () => {
  it.each(["nl", "en"] as const)(
    "names a statement the roles answer differently by its text, never by its id (%s)",
    (locale) => {
      const groups = findingGroups({ problems: [], agenda }, locale, (kind) => kind, null);
      const options = groups.flatMap((group) => group.options);
      const statement = groups.find((group) => group.label === "statement");
      expect(statement?.options).toContainEqual({
        value: "statement:people.caught-between",
        label: findStatement("people.caught-between")?.text[locale],
      });
      for (const option of options) expect(option.label).not.toMatch(/^[a-z]+\.[a-z-]+$/);
      expect(groups.find((group) => group.label === "paradox")?.options.map((option) => option.value)).toEqual([
        "paradox:paradox.central-vs-local",
      ]);
    },
  );
});
