-- Collaborations with rounds. Before this migration a follow-up round was a scan of its own, with its own
-- management link and a pointer to the previous scan (previousScanId). Each chain of such scans becomes one
-- collaboration whose rounds are its scans in the order they were made; every answer, invitation link and
-- personal link stays as it was. The collaboration takes its name, description and management link from its
-- newest round; the older rounds keep the hash of their own management link as `linkKeyHash`, so those links
-- still open the collaboration and still show the invitation links made with them.
-- CreateTable
CREATE TABLE "Collaboration" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "managementTokenHash" TEXT NOT NULL,
    "nextRoundDueOn" DATETIME,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "demoExpiresAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "AgreedAction" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "scanId" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "ownerPartnerId" TEXT,
    "ownerName" TEXT,
    "dueOn" DATETIME,
    "status" TEXT NOT NULL DEFAULT 'open',
    "findingKind" TEXT NOT NULL,
    "findingId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "AgreedAction_scanId_fkey" FOREIGN KEY ("scanId") REFERENCES "Scan" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AgreedAction_ownerPartnerId_fkey" FOREIGN KEY ("ownerPartnerId") REFERENCES "Partner" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- Each scan's chain (its first round) and its place in it.
CREATE TABLE "_RoundChain" (
    "scanId" TEXT NOT NULL PRIMARY KEY,
    "rootId" TEXT NOT NULL,
    "roundNumber" INTEGER NOT NULL,
    "isLatest" BOOLEAN NOT NULL
);
INSERT INTO "_RoundChain" ("scanId", "rootId", "roundNumber", "isLatest")
WITH RECURSIVE "chain" ("scanId", "rootId") AS (
    SELECT "id", "id" FROM "Scan" WHERE "previousScanId" IS NULL
    UNION ALL
    SELECT s."id", c."rootId" FROM "Scan" s JOIN "chain" c ON s."previousScanId" = c."scanId"
)
SELECT c."scanId", c."rootId",
    ROW_NUMBER() OVER (PARTITION BY c."rootId" ORDER BY s."createdAt", s."id"),
    ROW_NUMBER() OVER (PARTITION BY c."rootId" ORDER BY s."createdAt" DESC, s."id" DESC) = 1
FROM "chain" c JOIN "Scan" s ON s."id" = c."scanId";

INSERT INTO "Collaboration" ("id", "name", "description", "managementTokenHash", "isDemo", "demoExpiresAt", "createdAt", "updatedAt")
SELECT r."rootId", latest."name", latest."description", latest."managementTokenHash", latest."isDemo", latest."demoExpiresAt", root."createdAt", latest."updatedAt"
FROM "_RoundChain" r
JOIN "Scan" latest ON latest."id" = r."scanId"
JOIN "Scan" root ON root."id" = r."rootId"
WHERE r."isLatest";

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
    "invitedCount" INTEGER,
    "carriedFromId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Partner_scanId_fkey" FOREIGN KEY ("scanId") REFERENCES "Scan" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Partner_carriedFromId_fkey" FOREIGN KEY ("carriedFromId") REFERENCES "Partner" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Partner" ("createdAt", "id", "inviteGeneration", "inviteTokenHash", "invitedCount", "name", "position", "scanId") SELECT "createdAt", "id", "inviteGeneration", "inviteTokenHash", "invitedCount", "name", "position", "scanId" FROM "Partner";
DROP TABLE "Partner";
ALTER TABLE "new_Partner" RENAME TO "Partner";
CREATE UNIQUE INDEX "Partner_inviteTokenHash_key" ON "Partner"("inviteTokenHash");
CREATE INDEX "Partner_scanId_idx" ON "Partner"("scanId");
CREATE UNIQUE INDEX "Partner_scanId_name_key" ON "Partner"("scanId", "name");
CREATE TABLE "new_Scan" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "collaborationId" TEXT NOT NULL,
    "roundNumber" INTEGER NOT NULL,
    "linkKeyHash" TEXT,
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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Scan_collaborationId_fkey" FOREIGN KEY ("collaborationId") REFERENCES "Collaboration" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Scan" ("anonymityThreshold", "closedAt", "closesAt", "collaborationType", "createdAt", "form", "id", "instrumentId", "instrumentVersion", "locale", "phase", "reportingMode", "showResultsToRespondents", "updatedAt", "variant", "collaborationId", "roundNumber", "linkKeyHash")
SELECT s."anonymityThreshold", s."closedAt", s."closesAt", s."collaborationType", s."createdAt", s."form", s."id", s."instrumentId", s."instrumentVersion", s."locale", s."phase", s."reportingMode", s."showResultsToRespondents", s."updatedAt", s."variant",
    r."rootId", r."roundNumber", CASE WHEN r."isLatest" THEN NULL ELSE s."managementTokenHash" END
FROM "Scan" s JOIN "_RoundChain" r ON r."scanId" = s."id";
DROP TABLE "Scan";
ALTER TABLE "new_Scan" RENAME TO "Scan";
CREATE UNIQUE INDEX "Scan_linkKeyHash_key" ON "Scan"("linkKeyHash");
CREATE UNIQUE INDEX "Scan_collaborationId_roundNumber_key" ON "Scan"("collaborationId", "roundNumber");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- A partner carries over from the previous round of its collaboration when it has the same name there.
UPDATE "Partner" SET "carriedFromId" = (
    SELECT p."id" FROM "Partner" p
    JOIN "Scan" previous ON previous."id" = p."scanId"
    JOIN "Scan" own ON own."id" = "Partner"."scanId"
    WHERE previous."collaborationId" = own."collaborationId"
      AND previous."roundNumber" = own."roundNumber" - 1
      AND lower(trim(p."name")) = lower(trim("Partner"."name"))
    LIMIT 1
);

DROP TABLE "_RoundChain";

-- CreateIndex
CREATE UNIQUE INDEX "Collaboration_managementTokenHash_key" ON "Collaboration"("managementTokenHash");

-- CreateIndex
CREATE INDEX "Collaboration_demoExpiresAt_idx" ON "Collaboration"("demoExpiresAt");

-- CreateIndex
CREATE INDEX "AgreedAction_scanId_idx" ON "AgreedAction"("scanId");

-- CreateIndex
CREATE INDEX "AgreedAction_ownerPartnerId_idx" ON "AgreedAction"("ownerPartnerId");
