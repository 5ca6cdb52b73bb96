import { text } from "@/lib/server/form-action";

/** Partner names with the number invited beside each; rows without a name are left out. */
function partnerRows(formData: FormData): { partners: string[]; invitedCounts: (number | string | null)[] } {
  const names = formData.getAll("partner").map((value) => (typeof value === "string" ? value.trim() : ""));
  const invited = formData.getAll("partnerInvited").map((value) => (typeof value === "string" ? value.trim() : ""));
  const rows = names.map((name, index) => ({ name, invited: invited[index] ?? "" })).filter((row) => row.name !== "");
  return {
    partners: rows.map((row) => row.name),
    invitedCounts: rows.map((row) =>
      row.invited === "" ? null : /^\d+$/.test(row.invited) ? Number(row.invited) : row.invited,
    ),
  };
}

/**
 * The fields of a round as the create form sends them: the first round of a
 * new collaboration and every next round share them. Empty partner rows are
 * left out; numbers stay as typed when they are not numbers, so the schema
 * names what is wrong.
 */
export function readRoundFields(formData: FormData) {
  const collaborationType = text(formData, "collaborationType");
  const threshold = Number(text(formData, "anonymityThreshold"));
  return {
    form: text(formData, "form"),
    phase: text(formData, "phase"),
    collaborationType: collaborationType === "" ? null : Number(collaborationType),
    variant: text(formData, "variant"),
    locale: text(formData, "locale"),
    anonymityThreshold: Number.isFinite(threshold) ? threshold : text(formData, "anonymityThreshold"),
    closesOn: text(formData, "closesOn"),
    showResultsToRespondents: formData.get("showResultsToRespondents") === "on",
    ...partnerRows(formData),
  };
}
