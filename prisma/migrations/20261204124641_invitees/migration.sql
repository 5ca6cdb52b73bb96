-- CreateTable
CREATE TABLE "Invitee" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "scanId" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "respondentId" TEXT NOT NULL,
    "removalTokenHash" TEXT NOT NULL,
    "invitedAt" DATETIME,
    "lastRemindedAt" DATETIME,
    "reminderCount" INTEGER NOT NULL DEFAULT 0,
    "failedAt" DATETIME,
    "failureReason" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Invitee_scanId_fkey" FOREIGN KEY ("scanId") REFERENCES "Scan" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Invitee_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Invitee_respondentId_fkey" FOREIGN KEY ("respondentId") REFERENCES "Respondent" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- AlterTable
ALTER TABLE "Scan" ADD COLUMN "reminderIntervalDays" INTEGER NOT NULL DEFAULT 7;

-- CreateIndex
CREATE UNIQUE INDEX "Invitee_respondentId_key" ON "Invitee"("respondentId");

-- CreateIndex
CREATE UNIQUE INDEX "Invitee_removalTokenHash_key" ON "Invitee"("removalTokenHash");

-- CreateIndex
CREATE INDEX "Invitee_partnerId_idx" ON "Invitee"("partnerId");

-- CreateIndex
CREATE UNIQUE INDEX "Invitee_scanId_email_key" ON "Invitee"("scanId", "email");
