/**
 * The addresses of a collaboration's management pages, in one place, so a
 * round's pages always link to that same round. The management token is the
 * first segment; a round's pages sit under /ronde/N.
 */
export type ResultsSection =
  | ""
  | "invalshoeken"
  | "paradoxen"
  | "partners"
  | "rollen"
  | "achtergrond"
  | "vraagstukken"
  | "agenda"
  | "acties";

export function managePaths(token: string) {
  const collaboration = `/beheer/${token}`;
  const round = (number: number) => `${collaboration}/ronde/${number}`;
  return {
    collaboration,
    round,
    results: (number: number, section: ResultsSection = "") =>
      `${round(number)}/resultaten${section ? `/${section}` : ""}`,
    workshop: (number: number) => `${round(number)}/workshop`,
    nextRound: `${collaboration}/ronde/nieuw`,
    trend: `${collaboration}/trend`,
    share: `${collaboration}/delen`,
    /** A download; the PDF form posts the round as a field of its own, so it takes `exportFile`. */
    exportFile: (format: string) => `${collaboration}/export/${format}`,
    export: (format: string, number: number) => `${collaboration}/export/${format}?ronde=${number}`,
  };
}

/** A round number as a page's address gives it ("2"), or null when it is not one. */
export function parseRoundParam(value: string): number | null {
  if (!/^[1-9]\d{0,3}$/.test(value)) return null;
  return Number(value);
}
