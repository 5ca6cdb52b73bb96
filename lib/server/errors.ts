/**
 * The expected failures of use cases. Each carries the key of the message the
 * user sees (`errors.*` in the message files); anything else is unexpected
 * and is logged without details reaching the user.
 */
export const ERROR_MESSAGE_KEYS = [
  "notFound",
  "invalidInput",
  "outOfScale",
  "unknownItem",
  "scanClosed",
  "alreadySubmitted",
  "partnerHasRespondents",
  "duplicatePartner",
  "partnerLimit",
  "confirmationMismatch",
  "rateLimited",
  "payloadTooLarge",
  "invitationFull",
  "selfAssessmentOnly",
  "invitedRequired",
  "invitedBelowSubmitted",
  "otherManagementLink",
  "roundJustStarted",
  "onlyLatestRoundReopens",
  "unknownFinding",
  "mailNotConfigured",
  "addressesInvalid",
  "addressesEmpty",
  "addressesTooMany",
  "forbidden",
  "emailTaken",
  "wrongCredentials",
  "noSuchAccount",
  "lastOwner",
  "signInLinkInvalid",
  "resetLinkInvalid",
  "accountUnconfirmed",
  "confirmLinkInvalid",
] as const;
export type ErrorMessageKey = (typeof ERROR_MESSAGE_KEYS)[number];

/** Messages for form fields, used as zod issue messages and translated under `errors.field.*`. */
export const FIELD_MESSAGE_KEYS = [
  "required",
  "tooLong",
  "partnersCount",
  "partnersUnique",
  "dateInPast",
  "dateInvalid",
  "thresholdRange",
  "controlCharacters",
  "invitedRange",
  "roleRequired",
  "ownerRequired",
  "reminderInterval",
  "emailInvalid",
  "passwordLength",
  "managementLink",
  "invalidLink",
] as const;
export type FieldMessageKey = (typeof FIELD_MESSAGE_KEYS)[number];

export function isFieldMessageKey(value: string): value is FieldMessageKey {
  return (FIELD_MESSAGE_KEYS as readonly string[]).includes(value);
}

export class DomainError extends Error {
  constructor(
    public readonly messageKey: ErrorMessageKey,
    detail?: string,
  ) {
    super(detail ?? messageKey);
    this.name = new.target.name;
  }
}

/** Unknown, revoked or foreign resources: the caller learns nothing more. */
export class NotFoundError extends DomainError {
  constructor(detail?: string) {
    super("notFound", detail);
  }
}

export class ValidationError extends DomainError {}

export class ClosedError extends DomainError {
  constructor() {
    super("scanClosed");
  }
}

/** Bad input the user should see again to correct it, such as the entries of a pasted list that are not addresses. */
export class EntriesError extends DomainError {
  constructor(
    messageKey: ErrorMessageKey,
    public readonly entries: string[],
  ) {
    super(messageKey);
  }
}
