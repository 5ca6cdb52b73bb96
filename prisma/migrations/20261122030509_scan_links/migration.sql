-- AlterTable
ALTER TABLE "Scan" ADD COLUMN "collaborationType" INTEGER;

-- CreateTable
CREATE TABLE "Setting" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "value" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Partner" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "scanId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "inviteGeneration" INTEGER NOT NULL DEFAULT 0,
    "inviteTokenHash" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Partner_scanId_fkey" FOREIGN KEY ("scanId") REFERENCES "Scan" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Partner" ("createdAt", "id", "inviteTokenHash", "name", "position", "scanId") SELECT "createdAt", "id", "inviteTokenHash", "name", "position", "scanId" FROM "Partner";
DROP TABLE "Partner";
ALTER TABLE "new_Partner" RENAME TO "Partner";
CREATE UNIQUE INDEX "Partner_inviteTokenHash_key" ON "Partner"("inviteTokenHash");
CREATE INDEX "Partner_scanId_idx" ON "Partner"("scanId");
CREATE UNIQUE INDEX "Partner_scanId_name_key" ON "Partner"("scanId", "name");
CREATE TABLE "new_Respondent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "scanId" TEXT NOT NULL,
    "partnerId" TEXT,
    "role" TEXT,
    "tokenHash" TEXT NOT NULL,
    "isPersonalLink" BOOLEAN NOT NULL DEFAULT false,
    "linkGeneration" INTEGER NOT NULL DEFAULT 0,
    "label" TEXT,
    "isManager" BOOLEAN NOT NULL DEFAULT false,
    "startedAt" DATETIME,
    "submittedAt" DATETIME,
    "revokedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Respondent_scanId_fkey" FOREIGN KEY ("scanId") REFERENCES "Scan" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Respondent_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Respondent" ("createdAt", "id", "isManager", "label", "partnerId", "revokedAt", "role", "scanId", "startedAt", "submittedAt", "tokenHash") SELECT "createdAt", "id", "isManager", "label", "partnerId", "revokedAt", "role", "scanId", "startedAt", "submittedAt", "tokenHash" FROM "Respondent";
DROP TABLE "Respondent";
ALTER TABLE "new_Respondent" RENAME TO "Respondent";
CREATE UNIQUE INDEX "Respondent_tokenHash_key" ON "Respondent"("tokenHash");
CREATE INDEX "Respondent_scanId_idx" ON "Respondent"("scanId");
CREATE INDEX "Respondent_partnerId_idx" ON "Respondent"("partnerId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
