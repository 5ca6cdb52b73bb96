import type { Locale } from "../../content";
import { roleLabel } from "../instrument/labels";
import type { Diagnosis, GroupResult } from "../scoring/types";
import type { ExportTranslator } from "./translator";

/**
 * The groups the data files hold figures for, exactly those the results show:
 * all respondents, each partner with figures of its own, the other partners
 * together, and each shown role. `backgroundId` is the key of the group in
 * the background results (a partner's id, or "pool").
 */
export type PublishedGroup = {
  kind: "overall" | "partner" | "pool" | "role";
  name: string;
  /** null for all respondents: their figures are the diagnosis' own. */
  result: GroupResult | null;
  respondents: number;
  backgroundId: string | null;
};

export function publishedGroups(diagnosis: Diagnosis, locale: Locale, t: ExportTranslator): PublishedGroup[] {
  return [
    {
      kind: "overall",
      name: t("export.groupNames.overall"),
      result: null,
      respondents: diagnosis.respondentCount,
      backgroundId: null,
    },
    ...diagnosis.partners
      .filter((partner) => !partner.suppressed)
      .map(
        (partner): PublishedGroup => ({
          kind: "partner",
          name: partner.name,
          result: partner,
          respondents: partner.respondents,
          backgroundId: partner.id,
        }),
      ),
    ...(diagnosis.pool
      ? [
          {
            kind: "pool" as const,
            name: t("export.groupNames.pool"),
            result: diagnosis.pool,
            respondents: diagnosis.pool.respondents,
            backgroundId: "pool",
          },
        ]
      : []),
    ...diagnosis.roles.map(
      (role): PublishedGroup => ({
        kind: "role",
        name: roleLabel(role.id, locale),
        result: role,
        respondents: role.respondents,
        backgroundId: null,
      }),
    ),
  ];
}
