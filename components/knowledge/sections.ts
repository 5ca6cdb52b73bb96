/** The pages of the knowledge base, in navigation order. */
export const KNOWLEDGE_SECTIONS = [
  { key: "overview", href: "/kennisbank" },
  { key: "lenses", href: "/kennisbank/invalshoeken" },
  { key: "paradoxes", href: "/kennisbank/paradoxen" },
  { key: "problems", href: "/kennisbank/vraagstukken" },
  { key: "factors", href: "/kennisbank/factoren" },
  { key: "sources", href: "/kennisbank/bronnen" },
] as const;
