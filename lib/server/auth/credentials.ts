import { z } from "zod";

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 128;

/** An e-mail address as people type it: trimmed and compared in lower case. */
export const ZEmail = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "required")
  .max(254, "tooLong")
  .pipe(z.email({ error: "emailInvalid" }));

// An empty password is too short as well: one message saying what a password needs, not "required" beside it.
export const ZPassword = z
  .string()
  .min(MIN_PASSWORD_LENGTH, "passwordLength")
  .max(MAX_PASSWORD_LENGTH, "passwordLength");
