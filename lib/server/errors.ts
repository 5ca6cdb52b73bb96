/**
 * The expected failures of use cases. Each carries the key of the message the
 * user sees (in `errors.*` of the message files); anything else is unexpected
 * and is logged without details reaching the user.
 */
export type ErrorMessageKey = "notFound" | "invalidInput" | "outOfScale" | "unknownItem" | "scanClosed";

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
