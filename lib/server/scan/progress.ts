/**
 * Response progress of a group of respondents: personal links not yet used
 * (invited), started but not submitted, and submitted.
 */
export type Progress = { invited: number; started: number; submitted: number };

type RespondentState = {
  startedAt: Date | null;
  submittedAt: Date | null;
  isPersonalLink: boolean;
  revokedAt: Date | null;
};

export function emptyProgress(): Progress {
  return { invited: 0, started: 0, submitted: 0 };
}

export function addToProgress(progress: Progress, respondent: RespondentState): void {
  if (respondent.submittedAt) progress.submitted += 1;
  else if (respondent.startedAt) progress.started += 1;
  else if (respondent.isPersonalLink && !respondent.revokedAt) progress.invited += 1;
}
