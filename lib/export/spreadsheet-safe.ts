/**
 * Text that a spreadsheet would run as a formula (=, +, -, @, or a leading
 * tab or carriage return) gets a leading apostrophe, so a comment such as
 * "=HYPERLINK(...)" stays text. Numbers are written as numbers, untouched.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
