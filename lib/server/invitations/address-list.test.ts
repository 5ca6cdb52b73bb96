import { describe, expect, it } from "vitest";
import { MAX_ADDRESSES_PER_PASTE, parseAddressList } from "./address-list";

describe("parseAddressList", () => {
  it.each([
    ["one per line", "anne@example.org\nbert@example.org", ["anne@example.org", "bert@example.org"]],
    [
      "commas and semicolons",
      "anne@example.org, bert@example.org; carla@example.org",
      ["anne@example.org", "bert@example.org", "carla@example.org"],
    ],
    [
      "an address book's format",
      'Anne de Vries <Anne@Example.org>\r\n"Bert" <bert@example.org>',
      ["anne@example.org", "bert@example.org"],
    ],
    ["blank lines and spaces", "\n  anne@example.org  \n\n", ["anne@example.org"]],
  ])("reads %s", (_name, text, expected) => {
    expect(parseAddressList(text)).toEqual({ ok: true, addresses: expected, duplicates: 0 });
  });

  it("keeps each address once, however it is capitalised, and counts the repeats", () => {
    expect(parseAddressList("anne@example.org\nANNE@example.org\nanne@example.org")).toEqual({
      ok: true,
      addresses: ["anne@example.org"],
      duplicates: 2,
    });
  });

  it("names every entry that is not an address, as typed, and accepts none of the list", () => {
    expect(parseAddressList("anne@example.org\nbert@\nno address here\ncarla@example")).toEqual({
      ok: false,
      invalid: ["bert@", "no address here", "carla@example"],
    });
  });

  it("refuses an empty list and one longer than a round needs", () => {
    expect(parseAddressList(" \n ,; ")).toEqual({ ok: false, empty: true });
    const many = Array.from({ length: MAX_ADDRESSES_PER_PASTE + 1 }, (_, index) => `p${index}@example.org`);
    expect(parseAddressList(many.join("\n"))).toEqual({ ok: false, tooMany: MAX_ADDRESSES_PER_PASTE + 1 });
  });
});
