-- AlterTable
ALTER TABLE "Partner" ADD COLUMN "invitedCount" INTEGER;

-- AlterTable
ALTER TABLE "Respondent" ADD COLUMN "releaseIndex" INTEGER;

-- CreateTable
CREATE TABLE "ResultRelease" (
    "scanId" TEXT NOT NULL,
    "index" INTEGER NOT NULL,
    "reportedPartners" TEXT NOT NULL,
    "pooledPartners" TEXT NOT NULL,
    "roles" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("scanId", "index"),
    CONSTRAINT "ResultRelease_scanId_fkey" FOREIGN KEY ("scanId") REFERENCES "Scan" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Scan" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "form" TEXT NOT NULL DEFAULT 'undecided',
    "phase" TEXT NOT NULL DEFAULT 'functioning',
    "variant" TEXT NOT NULL DEFAULT 'quick',
    "collaborationType" INTEGER,
    "instrumentId" TEXT NOT NULL,
    "instrumentVersion" INTEGER NOT NULL,
    "locale" TEXT NOT NULL DEFAULT 'nl',
    "anonymityThreshold" INTEGER NOT NULL DEFAULT 3,
    "reportingMode" TEXT NOT NULL DEFAULT 'group',
    "showResultsToRespondents" BOOLEAN NOT NULL DEFAULT true,
    "closesAt" DATETIME,
    "closedAt" DATETIME,
    "managementTokenHash" TEXT NOT NULL,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "demoExpiresAt" DATETIME,
    "previousScanId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Scan_previousScanId_fkey" FOREIGN KEY ("previousScanId") REFERENCES "Scan" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Scan" ("anonymityThreshold", "closedAt", "closesAt", "collaborationType", "createdAt", "description", "form", "id", "instrumentId", "instrumentVersion", "isDemo", "locale", "managementTokenHash", "name", "phase", "previousScanId", "showResultsToRespondents", "updatedAt", "variant") SELECT "anonymityThreshold", "closedAt", "closesAt", "collaborationType", "createdAt", "description", "form", "id", "instrumentId", "instrumentVersion", "isDemo", "locale", "managementTokenHash", "name", "phase", "previousScanId", "showResultsToRespondents", "updatedAt", "variant" FROM "Scan";
DROP TABLE "Scan";
ALTER TABLE "new_Scan" RENAME TO "Scan";
CREATE UNIQUE INDEX "Scan_managementTokenHash_key" ON "Scan"("managementTokenHash");
CREATE INDEX "Scan_demoExpiresAt_idx" ON "Scan"("demoExpiresAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- Scans whose only respondent is the manager's own link were shown in full as a self-assessment
-- (inferred from the count); keep that for them by making it their chosen reporting mode.
UPDATE "Scan" SET "reportingMode" = 'self'
WHERE "id" IN (
  SELECT "scanId" FROM "Respondent" GROUP BY "scanId" HAVING COUNT(*) = 1 AND MAX("isManager") = 1
);
