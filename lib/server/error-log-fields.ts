import { Prisma } from "@prisma/client";
import type { LogFields } from "./log";

/** Prisma's error codes are a letter and four digits (P2028: a transaction timed out). */
const PRISMA_CODE = /^P\d{4}$/;

/**
 * What a log line may say about an unexpected error: its class and, for a
 * database error, Prisma's code, so an operator can tell a busy database from
 * a broken query. Never the message: Prisma quotes the values it was given.
 */
export function errorLogFields(error: unknown): LogFields {
  const name = error instanceof Error ? error.name : "unknown";
  const code =
    error instanceof Prisma.PrismaClientKnownRequestError
      ? error.code
      : error instanceof Prisma.PrismaClientInitializationError
        ? error.errorCode
        : undefined;
  return code && PRISMA_CODE.test(code) ? { error: name, code } : { error: name };
}
