/**
 * Text that a spreadsheet would run as a formula gets a leading apostrophe,
 * so a partner name or comment such as "=HYPERLINK(...)" stays text. A
 * formula starts with =, +, -, @ (or their full-width and small forms, which
 * some spreadsheet programs read the same way), possibly after spaces, tabs
 * or line breaks; text that starts with a tab or line break is marked too.
 * This applies to every text cell, headers and numbers-as-text included;
 * real numbers are written as numbers, untouched.
 */
export const FORMULA_STARTS: ReadonlySet<string> = new Set([
  "=",
  "+",
  "-",
  "@",
  "\uFF1D",
  "\uFF0B",
  "\uFF0D",
  "\uFF20",
  "\uFE66",
  "\uFE62",
  "\uFE63",
  "\uFE6B",
]);

/** Whether a spreadsheet could run the text as a formula; tabs, line breaks and spaces (`\s`) may come first. */
export function couldRunAsFormula(text: string): boolean {
  const first = text.charAt(0);
  if (first === "\t" || first === "\r" || first === "\n") return true;
  for (const character of text) {
    if (!/\s/u.test(character)) return FORMULA_STARTS.has(character);
  }
  return false;
}

export function neutralise(text: string): string {
  return couldRunAsFormula(text) ? `'${text}` : text;
}

/**
 * Characters an XLSX file cannot hold (control characters other than tab
 * and line breaks): a workbook with one of them does not open. Text stored
 * before such characters were refused may still contain them.
 */
export function withoutControlCharacters(text: string): string {
  let result = "";
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    const isControl =
      (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0xfffe || code === 0xffff;
    if (!isControl) result += character;
  }
  return result;
}
