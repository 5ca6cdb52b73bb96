/**
 * prisma/schema.prisma is the one source of the data model. The PostgreSQL
 * schema is derived from it by exactly three changes: the provider, the
 * placeholder URL, and where its client is generated (a second client, so
 * the app holds one of each and picks by DATABASE_URL). Anything else that
 * differed would be a second data model; a unit test checks the checked-in
 * file is this function's output.
 */
export const POSTGRES_SCHEMA_PATH = "prisma/postgres/schema.prisma";

/**
 * Where the PostgreSQL client is generated: a package name of our own in
 * node_modules, so both Node (ESM refuses `.prisma/...` specifiers) and
 * Next.js load it as a package; `npm install` regenerates it (postinstall).
 */
export const POSTGRES_CLIENT_OUTPUT = "../../node_modules/@samenwerkingsscan/prisma-postgres";

const HEADER = [
  "// GENERATED from prisma/schema.prisma by `npm run db:generate`: edit that file, not this one.",
  "// Only the provider, the placeholder URL and the client's output differ.",
  "",
].join("\n");

function replaceOnce(text: string, from: string, to: string): string {
  const first = text.indexOf(from);
  if (first < 0 || text.indexOf(from, first + 1) >= 0) {
    throw new Error(`prisma/schema.prisma must contain ${JSON.stringify(from)} exactly once`);
  }
  return text.replace(from, to);
}

export function toPostgresSchema(source: string): string {
  let schema = replaceOnce(source, '  provider = "sqlite"\n', '  provider = "postgresql"\n');
  schema = replaceOnce(schema, '  url      = "file:./unused.db"\n', '  url      = "postgresql://localhost/unused"\n');
  schema = replaceOnce(
    schema,
    '  engineType = "client"\n}',
    `  engineType = "client"\n  output     = "${POSTGRES_CLIENT_OUTPUT}"\n}`,
  );
  return HEADER + schema;
}
