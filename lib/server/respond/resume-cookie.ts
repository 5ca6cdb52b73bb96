/**
 * The browser remembers, per scan, which respondent it is, so opening the
 * invitation link again offers to continue. httpOnly: scripts cannot read it.
 */
export const RESUME_COOKIE_MAX_AGE = 60 * 60 * 24 * 180;

export function resumeCookieName(scanId: string): string {
  return `resume-${scanId}`;
}
