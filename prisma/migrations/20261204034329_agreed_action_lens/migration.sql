-- AlterTable
ALTER TABLE "AgreedAction" ADD COLUMN "lensId" TEXT;
