import "server-only";
import { notFound } from "next/navigation";
import { NotFoundError } from "./errors";
import { ZManagementKey, ZToken } from "./tokens";

/**
 * Loads what a link's token opens for a page, or renders the not-found page:
 * a malformed token and one the use case does not find look the same, so a
 * visitor learns nothing about which links exist.
 */
export async function loadOrNotFound<T>(token: string, load: (token: string) => Promise<T>): Promise<T> {
  if (!ZToken.safeParse(token).success) notFound();
  return loadChecked(token, load);
}

/** The same for the management pages, whose key is a management link or, for a member, the collaboration's id. */
export async function loadForManagerOrNotFound<T>(key: string, load: (key: string) => Promise<T>): Promise<T> {
  if (!ZManagementKey.safeParse(key).success) notFound();
  return loadChecked(key, load);
}

async function loadChecked<T>(token: string, load: (token: string) => Promise<T>): Promise<T> {
  try {
    return await load(token);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
