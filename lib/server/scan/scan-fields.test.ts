import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  hasControlCharacter,
  type typedText,
  ZDescription,
  ZPartnerName,
  ZPersonalLinkLabel,
  ZScanName,
} from "./scan-fields";

/** The field message keys zod reports for a value, or "ok" with the parsed value. */
function outcome(schema: ReturnType<typeof typedText>, value: string): string[] | { ok: string } {
  const result = schema.safeParse(value);
  return result.success ? { ok: result.data } : result.error.issues.map((issue) => issue.message);
}

describe("text a person types", () => {
  it.each([
    ["NUL in a scan name", ZScanName, "Alliantie\u0000 Zuid"],
    ["a tab in a partner name", ZPartnerName, "Gemeente\tNoord"],
    ["a line break in a partner name", ZPartnerName, "Gemeente\nNoord"],
    ["an escape sequence in a label", ZPersonalLinkLabel, "Jan\u001b[31m"],
    ["DEL in a label", ZPersonalLinkLabel, "Jan\u007f"],
    ["a C1 control in a description", ZDescription, "Tekst\u0085meer"],
    ["NUL in a description", ZDescription, "Eerste regel\n\u0000"],
    ["a bell in a description", ZDescription, "Let op\u0007"],
  ])("refuses %s", (_case, schema, value) => {
    expect(outcome(schema, value)).toEqual(["controlCharacters"]);
  });

  it("keeps line breaks and tabs in multi-line text, reading a form's CR LF as one line break", () => {
    expect(outcome(ZDescription, "Eerste regel\r\n\tTweede regel\rDerde")).toEqual({
      ok: "Eerste regel\n\tTweede regel\nDerde",
    });
  });

  it("trims, and still counts length and presence", () => {
    expect(outcome(ZPartnerName, "  Provincie  ")).toEqual({ ok: "Provincie" });
    expect(outcome(ZPartnerName, "   ")).toEqual(["required"]);
    expect(outcome(ZPartnerName, "x".repeat(101))).toEqual(["tooLong"]);
  });

  it("accepts any text without control characters, accents and emoji included", () => {
    const printable = fc
      .string({ unit: "binary", maxLength: 100 })
      .filter((text) => !hasControlCharacter(text))
      .filter((text) => text.trim() !== "" && text.trim().length <= 100);
    fc.assert(fc.property(printable, (text) => ZPartnerName.safeParse(text).success));
  });
});
