import type { ResultRelease } from "@prisma/client";
import { z } from "zod";
import { ZRole } from "../../../content";
import type { Release } from "../../scoring/disclosure/types";

/** A results release as stored (lists as JSON text, which both SQLite and PostgreSQL keep as is). */
const ZIds = z.array(z.string());

export function toReleaseRecord(row: ResultRelease): Release {
  return {
    index: row.index,
    reportedPartners: ZIds.parse(JSON.parse(row.reportedPartners)),
    pooledPartners: ZIds.parse(JSON.parse(row.pooledPartners)),
    roles: z.array(ZRole).parse(JSON.parse(row.roles)),
  };
}

export function toReleaseRow(scanId: string, release: Release): Omit<ResultRelease, "createdAt"> {
  return {
    scanId,
    index: release.index,
    reportedPartners: JSON.stringify(release.reportedPartners),
    pooledPartners: JSON.stringify(release.pooledPartners),
    roles: JSON.stringify(release.roles),
  };
}
