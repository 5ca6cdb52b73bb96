import { parse } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import en from "./messages/en.json";
import nl from "./messages/nl.json";

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") entries.set(path, value);
    else for (const [nested, text] of flatten(value, path)) entries.set(nested, text);
  }
  return entries;
}

/** The arguments an ICU message takes, e.g. {name} or {count, plural, …}; parsing also proves the syntax valid. */
function placeholders(message: string): string[] {
  return parse(message)
    .filter((element) => "value" in element && element.type !== 0)
    .map((element) => String((element as { value: unknown }).value))
    .sort();
}

describe("message files", () => {
  const dutch = flatten(nl);
  const english = flatten(en);

  it("have the same keys in Dutch and English", () => {
    expect([...english.keys()].sort()).toEqual([...dutch.keys()].sort());
  });

  it("write apostrophes and quotes typographically, as the screens and exports do (’ not ')", () => {
    for (const [key, text] of [...dutch, ...english]) expect(text, key).not.toContain("'");
  });

  it("have no empty texts", () => {
    for (const [key, text] of [...dutch, ...english]) expect(text.trim(), key).not.toBe("");
  });

  it("use the same placeholders in both languages", () => {
    for (const [key, text] of dutch) {
      expect(new Set(placeholders(english.get(key) ?? "")), key).toEqual(new Set(placeholders(text)));
    }
  });
});
