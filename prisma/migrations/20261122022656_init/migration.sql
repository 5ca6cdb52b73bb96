-- CreateTable
CREATE TABLE "Scan" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "form" TEXT NOT NULL DEFAULT 'undecided',
    "phase" TEXT NOT NULL DEFAULT 'functioning',
    "variant" TEXT NOT NULL DEFAULT 'quick',
    "instrumentId" TEXT NOT NULL,
    "instrumentVersion" INTEGER NOT NULL,
    "locale" TEXT NOT NULL DEFAULT 'nl',
    "anonymityThreshold" INTEGER NOT NULL DEFAULT 3,
    "showResultsToRespondents" BOOLEAN NOT NULL DEFAULT true,
    "closesAt" DATETIME,
    "closedAt" DATETIME,
    "managementTokenHash" TEXT NOT NULL,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "previousScanId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Scan_previousScanId_fkey" FOREIGN KEY ("previousScanId") REFERENCES "Scan" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Partner" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "scanId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "inviteTokenHash" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Partner_scanId_fkey" FOREIGN KEY ("scanId") REFERENCES "Scan" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Respondent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "scanId" TEXT NOT NULL,
    "partnerId" TEXT,
    "role" TEXT,
    "tokenHash" TEXT NOT NULL,
    "label" TEXT,
    "isManager" BOOLEAN NOT NULL DEFAULT false,
    "startedAt" DATETIME,
    "submittedAt" DATETIME,
    "revokedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Respondent_scanId_fkey" FOREIGN KEY ("scanId") REFERENCES "Scan" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Respondent_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Answer" (
    "respondentId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "value" INTEGER,
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("respondentId", "itemId"),
    CONSTRAINT "Answer_respondentId_fkey" FOREIGN KEY ("respondentId") REFERENCES "Respondent" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Comment" (
    "respondentId" TEXT NOT NULL,
    "lensId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("respondentId", "lensId"),
    CONSTRAINT "Comment_respondentId_fkey" FOREIGN KEY ("respondentId") REFERENCES "Respondent" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Scan_managementTokenHash_key" ON "Scan"("managementTokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "Partner_inviteTokenHash_key" ON "Partner"("inviteTokenHash");

-- CreateIndex
CREATE INDEX "Partner_scanId_idx" ON "Partner"("scanId");

-- CreateIndex
CREATE UNIQUE INDEX "Partner_scanId_name_key" ON "Partner"("scanId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Respondent_tokenHash_key" ON "Respondent"("tokenHash");

-- CreateIndex
CREATE INDEX "Respondent_scanId_idx" ON "Respondent"("scanId");

-- CreateIndex
CREATE INDEX "Respondent_partnerId_idx" ON "Respondent"("partnerId");
