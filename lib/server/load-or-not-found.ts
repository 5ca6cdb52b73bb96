import "server-only";
import { notFound } from "next/navigation";
import { NotFoundError } from "./errors";
import { ZToken } from "./tokens";

/**
 * Loads what a link's token opens for a page, or renders the not-found page:
 * a malformed token and one the use case does not find look the same, so a
 * visitor learns nothing about which links exist.
 */
export async function loadOrNotFound<T>(token: string, load: (token: string) => Promise<T>): Promise<T> {
  if (!ZToken.safeParse(token).success) notFound();
  try {
    return await load(token);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
