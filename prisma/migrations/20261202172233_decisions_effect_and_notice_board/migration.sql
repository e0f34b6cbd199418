-- CreateEnum
CREATE TYPE "NoticeBoardPostingKind" AS ENUM ('MINUTES', 'PLAN');

-- AlterTable
ALTER TABLE "AssociationRules" ADD COLUMN     "decisionsNeedAdjustedMinutes" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Decision" ADD COLUMN     "effectiveAt" TIMESTAMP(3),
ADD COLUMN     "pendingPlanId" TEXT;

-- CreateTable
CREATE TABLE "NoticeBoardPosting" (
    "id" TEXT NOT NULL,
    "associationId" TEXT NOT NULL,
    "kind" "NoticeBoardPostingKind" NOT NULL,
    "meetingId" TEXT,
    "planId" TEXT,
    "postedAt" TIMESTAMP(3) NOT NULL,
    "postedOn" DATE NOT NULL,
    "takeDownOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NoticeBoardPosting_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "NoticeBoardPosting_meetingId_key" ON "NoticeBoardPosting"("meetingId");

-- CreateIndex
CREATE UNIQUE INDEX "NoticeBoardPosting_planId_key" ON "NoticeBoardPosting"("planId");

-- CreateIndex
CREATE INDEX "NoticeBoardPosting_associationId_postedAt_idx" ON "NoticeBoardPosting"("associationId", "postedAt");

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_pendingPlanId_fkey" FOREIGN KEY ("pendingPlanId") REFERENCES "Plan"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NoticeBoardPosting" ADD CONSTRAINT "NoticeBoardPosting_associationId_fkey" FOREIGN KEY ("associationId") REFERENCES "Association"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NoticeBoardPosting" ADD CONSTRAINT "NoticeBoardPosting_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NoticeBoardPosting" ADD CONSTRAINT "NoticeBoardPosting_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- By hand (ADR 034): decisions recorded before this change took effect on their meeting date (no
-- association could ask for adjusted minutes yet). The lock trigger is off for this one statement:
-- it fills a new column, it changes nothing the minutes say.
ALTER TABLE "Decision" DISABLE TRIGGER "Decision_minutes_lock";
UPDATE "Decision" SET "effectiveAt" = "decidedAt" WHERE "effectiveAt" IS NULL;
ALTER TABLE "Decision" ENABLE TRIGGER "Decision_minutes_lock";
