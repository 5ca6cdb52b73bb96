import "server-only";
import { db } from "../db";
import { DEMO_LINK_SETTING } from "./create-demo-scan";

/** The demo scan's management path, when this installation has a demo scan. */
export async function demoManagementPath(): Promise<string | null> {
  const setting = await db.setting.findUnique({ where: { key: DEMO_LINK_SETTING } });
  if (!setting) return null;
  const exists = await db.scan.count({ where: { isDemo: true } });
  return exists > 0 ? `/beheer/${setting.value}` : null;
}
