import { findSourceDocument, type Locale, type Source, type SourceDocument } from "../../content";

/**
 * A source reference as a reader sees it: author and title, then where in the
 * work, in the reader's language ("Kaats & Opheij, Leren samenwerken tussen
 * organisaties, hoofdstuk 3 en § 8.2.1"). Content writes where in the work as
 * a short locator: parts separated by "; ", each of comma-separated pieces:
 *   "ch. 3"            a chapter
 *   "8.2.1", "§4"      a section (also a range "5.1.3–5.1.6"; "contents 3.1" is a section found in the table of contents)
 *   "table 2.1"        a table ("tables 2 and 3" for two)
 *   "paradox 2"        a numbered paradox
 *   "seed 004"         another of the source documents, cited by author and title
 * Anything else is a heading of the work and is quoted as it is written.
 */
const WORDS = {
  nl: { chapter: "hoofdstuk", table: "tabel", tables: "tabellen", and: "en", paradox: "paradox" },
  en: { chapter: "chapter", table: "table", tables: "tables", and: "and", paradox: "paradox" },
} as const;

const SECTION = /^§?\s?(\d+(?:\.\d+)*(?:[–-]\d+(?:\.\d+)*)?)$/;

export type CitationPiece = {
  kind: "chapter" | "section" | "table" | "paradox" | "document" | "heading";
  text: string;
};

/** The work itself: author and title, with the title in English in brackets for an English reader. */
export function citeDocument(document: SourceDocument, locale: Locale): string {
  return locale === "en" && document.titleInEnglish ? `${document.short} (${document.titleInEnglish})` : document.short;
}

function piece(raw: string, locale: Locale): CitationPiece {
  const words = WORDS[locale];
  const text = raw.trim().replace(/^contents\s+/, "");
  const chapter = /^ch\.\s*(\d+)$/.exec(text);
  if (chapter) return { kind: "chapter", text: `${words.chapter} ${chapter[1]}` };
  const section = SECTION.exec(text);
  if (section) return { kind: "section", text: `§ ${section[1]}` };
  const tables = /^tables\s+(\S+)\s+and\s+(\S+)$/.exec(text);
  if (tables) return { kind: "table", text: `${words.tables} ${tables[1]} ${words.and} ${tables[2]}` };
  const table = /^table\s+(\S+)$/.exec(text);
  if (table) return { kind: "table", text: `${words.table} ${table[1]}` };
  const paradox = /^paradox\s+(\d+)$/.exec(text);
  if (paradox) return { kind: "paradox", text: `${words.paradox} ${paradox[1]}` };
  const seed = /^seed\s+(\d{3})$/.exec(text);
  if (seed) {
    const document = findSourceDocument(seed[1] ?? "");
    if (document) return { kind: "document", text: citeDocument(document, locale) };
  }
  return { kind: "heading", text: `‘${text}’` };
}

/** The pieces of a locator, for tests and for anyone who needs more than the sentence. */
export function locatorPieces(section: string, locale: Locale): CitationPiece[][] {
  return section.split(";").map((part) => part.split(",").map((raw) => piece(raw, locale)));
}

export function citeSource(source: Source, locale: Locale): string {
  const document = findSourceDocument(source.seed);
  const work = document ? citeDocument(document, locale) : source.seed;
  const parts = locatorPieces(source.section, locale);
  // Places in the work itself come right after its title; other works follow after a semicolon.
  const here = parts.filter((part) => part.every((entry) => entry.kind !== "document"));
  const others = parts.filter((part) => part.some((entry) => entry.kind === "document"));
  const location = here.map((part) => part.map((entry) => entry.text).join(", ")).join(` ${WORDS[locale].and} `);
  return [
    location ? `${work}, ${location}` : work,
    ...others.map((part) => part.map((entry) => entry.text).join(", ")),
  ].join("; ");
}
