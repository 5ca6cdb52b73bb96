import "server-only";
import { env } from "../../env";
import { db } from "../db";
import { NotFoundError } from "../errors";
import { log } from "../log";
import { createDemoCopy, deleteExpiredDemoCopies } from "./create-demo-scan";

/** Whether this installation offers the demo (SEED_DEMO). */
export function isDemoOffered(): boolean {
  return env().SEED_DEMO;
}

/** A fresh copy of the demo for one visitor; old copies are cleared on the way. Returns its management token. */
export async function openDemo(): Promise<{ managementToken: string }> {
  if (!isDemoOffered()) throw new NotFoundError();
  const now = new Date();
  await deleteExpiredDemoCopies(db, now);
  const managementToken = await createDemoCopy(db, now);
  log("info", "demo.opened");
  return { managementToken };
}
