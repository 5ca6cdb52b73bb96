/**
 * Reads CSV as a spreadsheet program does, with the given list separator
 * (Dutch Excel uses ";"), for the export tests. It lives beside lib/export,
 * not under tests/, because the library's own tests use it.
 */
export function parseCsv(text: string, separator: "," | ";" = ","): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let isQuoted = false;
  const body = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < body.length; i++) {
    const character = body[i];
    if (isQuoted) {
      if (character === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (character === '"') isQuoted = false;
      else cell += character;
    } else if (character === '"') isQuoted = true;
    else if (character === separator) {
      row.push(cell);
      cell = "";
    } else if (character === "\n") {
      row.push(cell.replace(/\r$/, ""));
      rows.push(row);
      row = [];
      cell = "";
    } else cell += character;
  }
  return rows;
}
