-- CreateEnum
CREATE TYPE "GoalMeasure" AS ENUM ('INDICATOR_SHARE', 'ENDED_TO_WORK_SHARE', 'ENDED_TO_WORK_OR_STUDIES_SHARE', 'STEP_MOVEMENT_SHARE', 'PARTICIPANT_COUNT');

-- AlterTable
ALTER TABLE "BoardSeat" ADD COLUMN     "workingCommittee" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Goal" ADD COLUMN     "measure" "GoalMeasure";

-- AlterTable
ALTER TABLE "IndicatorResult" ADD COLUMN     "note" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "ParticipantStats" ADD COLUMN     "note" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "ConsultationConclusion" (
    "id" TEXT NOT NULL,
    "associationId" TEXT NOT NULL,
    "meetingId" TEXT,
    "year" INTEGER NOT NULL,
    "order" INTEGER NOT NULL DEFAULT 0,
    "question" TEXT NOT NULL,
    "conclusion" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ConsultationConclusion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanConsideration" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "conclusionId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PlanConsideration_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ConsultationConclusion_associationId_year_idx" ON "ConsultationConclusion"("associationId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "PlanConsideration_planId_conclusionId_key" ON "PlanConsideration"("planId", "conclusionId");

-- CreateIndex
CREATE INDEX "AuditLog_entityType_entityId_idx" ON "AuditLog"("entityType", "entityId");

-- AddForeignKey
ALTER TABLE "ConsultationConclusion" ADD CONSTRAINT "ConsultationConclusion_associationId_fkey" FOREIGN KEY ("associationId") REFERENCES "Association"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationConclusion" ADD CONSTRAINT "ConsultationConclusion_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanConsideration" ADD CONSTRAINT "PlanConsideration_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanConsideration" ADD CONSTRAINT "PlanConsideration_conclusionId_fkey" FOREIGN KEY ("conclusionId") REFERENCES "ConsultationConclusion"("id") ON DELETE CASCADE ON UPDATE CASCADE;
