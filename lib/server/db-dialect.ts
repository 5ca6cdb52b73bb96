/**
 * Everything that differs between the two databases the app runs on, the
 * embedded SQLite file (`file:` URLs) and PostgreSQL (`postgres://` URLs):
 * which one a URL means, and the few queries Prisma cannot express, each
 * written once per dialect. Use cases ask here instead of writing SQL.
 */
export type DatabaseProvider = "sqlite" | "postgresql";

export function databaseProvider(databaseUrl: string): DatabaseProvider {
  if (/^postgres(ql)?:\/\//i.test(databaseUrl)) return "postgresql";
  if (databaseUrl.startsWith("file:")) return "sqlite";
  throw new Error('DATABASE_URL must start with "file:" (SQLite) or "postgresql://" (PostgreSQL)');
}

export type RawQuery = { sql: string; values: unknown[] };

/**
 * One row per submitted respondent of a scan with all their answers as
 * "item=value;item=value" (value empty for "don't know"): a thousand
 * respondents are a thousand rows instead of a hundred thousand, which makes
 * reading five times faster. Item ids are content ids and never contain "="
 * or ";". Columns: respondentId, answers.
 */
export function answersByRespondentQuery(provider: DatabaseProvider, scanId: string): RawQuery {
  const sql =
    provider === "postgresql"
      ? `SELECT a."respondentId" AS "respondentId",
           string_agg(a."itemId" || '=' || coalesce(a."value"::text, ''), ';') AS "answers"
         FROM "Answer" a JOIN "Respondent" r ON r."id" = a."respondentId"
         WHERE r."scanId" = $1 AND r."submittedAt" IS NOT NULL
         GROUP BY a."respondentId"`
      : `SELECT a.respondentId AS respondentId, group_concat(a.itemId || '=' || ifnull(a.value, ''), ';') AS answers
         FROM Answer a JOIN Respondent r ON r.id = a.respondentId
         WHERE r.scanId = ? AND r.submittedAt IS NOT NULL
         GROUP BY a.respondentId`;
  return { sql, values: [scanId] };
}
