import type { Locale } from "../../content";
import { roleLabel } from "../instrument/labels";
import type { Diagnosis } from "../scoring/types";
import type { ExportRow, ExportTable } from "./table";
import type { ExportTranslator } from "./translator";

/** Every partner, and why it does or does not have figures of its own; then the pool and the roles shown. */
export function groupsTable(diagnosis: Diagnosis, locale: Locale, t: ExportTranslator): ExportTable {
  const shown = t("export.statuses.shown");
  const rows: ExportRow[] = [
    {
      groupKind: t("export.groupKinds.overall"),
      group: t("export.groupNames.overall"),
      respondents: diagnosis.respondentCount,
      submitted: diagnosis.submittedCount,
      status: diagnosis.isSuppressed ? t("export.statuses.held-back") : shown,
    },
    ...diagnosis.partners.map((partner) => ({
      groupKind: t("export.groupKinds.partner"),
      group: partner.name,
      respondents: partner.status === "shown" ? partner.respondents : null,
      submitted: partner.submitted,
      status: t(`export.statuses.${partner.status}`),
    })),
    ...(diagnosis.pool
      ? [
          {
            groupKind: t("export.groupKinds.pool"),
            group: t("export.groupNames.pool"),
            respondents: diagnosis.pool.respondents,
            submitted: null,
            status: shown,
          },
        ]
      : []),
    ...diagnosis.roles.map((role) => ({
      groupKind: t("export.groupKinds.role"),
      group: roleLabel(role.id, locale),
      respondents: role.respondents,
      submitted: null,
      status: shown,
    })),
  ];
  return {
    title: t("export.sheets.groups"),
    columns: [
      { key: "groupKind", header: t("export.columns.groupKind"), width: 18 },
      { key: "group", header: t("export.columns.group"), width: 32 },
      { key: "status", header: t("export.columns.status"), width: 40 },
      { key: "respondents", header: t("export.columns.respondents"), width: 14 },
      { key: "submitted", header: t("export.columns.submitted"), width: 14 },
    ],
    rows,
  };
}
