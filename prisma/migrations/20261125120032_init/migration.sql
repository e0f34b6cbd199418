-- CreateEnum
CREATE TYPE "MemberKind" AS ENUM ('FK', 'AF', 'REGION', 'MUNICIPALITY');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('DIRECTOR', 'ADMINISTRATOR', 'CHAIR', 'VICE_CHAIR', 'BOARD_MEMBER', 'DEPUTY', 'PREPARATION_GROUP', 'MEMBER_REPRESENTATIVE', 'AUDITOR');

-- CreateEnum
CREATE TYPE "SeatKind" AS ENUM ('ORDINARY', 'DEPUTY', 'CO_OPTED');

-- CreateEnum
CREATE TYPE "DeputyMode" AS ENUM ('ORDERED', 'PERSONAL');

-- CreateEnum
CREATE TYPE "QuorumRule" AS ENUM ('MORE_THAN_HALF', 'AT_LEAST_HALF', 'FIXED_COUNT');

-- CreateEnum
CREATE TYPE "MunicipalSplitKey" AS ENUM ('EQUAL', 'POPULATION', 'FIXED_PERCENT');

-- CreateEnum
CREATE TYPE "PlanStatus" AS ENUM ('DRAFT', 'IN_PREPARATION', 'IN_CONSULTATION', 'ON_AGENDA', 'ADOPTED', 'REVISED');

-- CreateEnum
CREATE TYPE "BudgetLineType" AS ENUM ('INCOME', 'COST');

-- CreateEnum
CREATE TYPE "BudgetCategory" AS ENUM ('MEMBER_CONTRIBUTION', 'OTHER_INCOME', 'EQUITY', 'ADMINISTRATION', 'STRUCTURAL', 'INTERVENTION', 'NEW_ACTIVITIES', 'RESERVE');

-- CreateEnum
CREATE TYPE "AmountKind" AS ENUM ('BUDGET', 'PROGNOSIS', 'OUTCOME');

-- CreateEnum
CREATE TYPE "InterventionKind" AS ENUM ('INDIVIDUAL', 'STRUCTURAL');

-- CreateEnum
CREATE TYPE "InterventionStatus" AS ENUM ('PROPOSED', 'DECIDED', 'RUNNING', 'ENDED');

-- CreateEnum
CREATE TYPE "GoalLevel" AS ENUM ('INDIVIDUAL', 'STRUCTURAL', 'FINANCIAL');

-- CreateEnum
CREATE TYPE "GoalTargetKind" AS ENUM ('PERCENT', 'COUNT', 'YES_NO');

-- CreateEnum
CREATE TYPE "FinancialCheck" AS ENUM ('WITHIN_BUDGET', 'EQUITY_AT_MOST_CAP', 'EQUITY_AT_LEAST_FLOOR', 'NO_LOANS');

-- CreateEnum
CREATE TYPE "GoalOutcome" AS ENUM ('MET', 'NOT_MET', 'NOT_MEASURABLE_YET');

-- CreateEnum
CREATE TYPE "MatterKind" AS ENUM ('GENERAL', 'APPLICATION', 'PLAN');

-- CreateEnum
CREATE TYPE "MatterStatus" AS ENUM ('RAISED', 'IN_PREPARATION', 'PREPARED', 'ON_AGENDA', 'DECIDED', 'RETURNED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "MeetingBody" AS ENUM ('BOARD', 'WORKING_COMMITTEE', 'PREPARATION_GROUP', 'MEMBERS_CONSULTATION');

-- CreateEnum
CREATE TYPE "MeetingStatus" AS ENUM ('PLANNED', 'NOTICE_SENT', 'HELD', 'MINUTES_LOCKED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "AgendaItemKind" AS ENUM ('OPENING', 'ADJUSTERS', 'AGENDA_APPROVAL', 'ECONOMIC_FOLLOW_UP', 'MATTER', 'OTHER', 'CLOSING');

-- CreateEnum
CREATE TYPE "AttendanceStatus" AS ENUM ('PRESENT', 'ABSENT');

-- CreateEnum
CREATE TYPE "VoteChoice" AS ENUM ('FOR', 'AGAINST', 'ABSTAIN');

-- CreateEnum
CREATE TYPE "CommentPhase" AS ENUM ('PREPARATION', 'CONSULTATION');

-- CreateEnum
CREATE TYPE "InvoiceStatus" AS ENUM ('RECEIVED', 'ATTESTED', 'PAID', 'REJECTED');

-- CreateEnum
CREATE TYPE "AttestationOutcome" AS ENUM ('ATTESTED', 'REJECTED');

-- CreateEnum
CREATE TYPE "StatsPeriodKind" AS ENUM ('MONTH', 'QUARTER', 'YEAR');

-- CreateTable
CREATE TABLE "Association" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "orgNumber" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Association_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssociationSettings" (
    "id" TEXT NOT NULL,
    "associationId" TEXT NOT NULL,
    "regionHoldsMunicipalRole" BOOLEAN NOT NULL DEFAULT false,
    "municipalSplitKey" "MunicipalSplitKey" NOT NULL DEFAULT 'EQUAL',
    "equityFloor" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "prognosisYears" INTEGER NOT NULL DEFAULT 3,
    "adoptionDeadlineMonth" INTEGER NOT NULL DEFAULT 11,
    "adoptionDeadlineDay" INTEGER NOT NULL DEFAULT 30,
    "directorAttestLimitPbb" DECIMAL(6,3) NOT NULL DEFAULT 1,
    "vatRate" DECIMAL(5,4) NOT NULL DEFAULT 0.25,
    "attestAboveLimitRole" "Role" NOT NULL DEFAULT 'CHAIR',
    "attestSubstituteRole" "Role" NOT NULL DEFAULT 'VICE_CHAIR',
    "quorumRule" "QuorumRule" NOT NULL DEFAULT 'MORE_THAN_HALF',
    "quorumFixedCount" INTEGER,
    "deputyMode" "DeputyMode" NOT NULL DEFAULT 'ORDERED',
    "socioEconomicMonthly" DECIMAL(14,2) NOT NULL DEFAULT 16200,
    "socioEconomicMonths" INTEGER NOT NULL DEFAULT 12,
    "ageBandLimits" INTEGER[] DEFAULT ARRAY[20, 30]::INTEGER[],
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AssociationSettings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EquityCapTier" (
    "id" TEXT NOT NULL,
    "settingsId" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "upTo" DECIMAL(14,2),
    "percent" DECIMAL(5,2) NOT NULL,

    CONSTRAINT "EquityCapTier_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PriceBaseAmount" (
    "id" TEXT NOT NULL,
    "associationId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "amount" DECIMAL(14,2) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "PriceBaseAmount_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Member" (
    "id" TEXT NOT NULL,
    "associationId" TEXT NOT NULL,
    "kind" "MemberKind" NOT NULL,
    "name" TEXT NOT NULL,
    "population" INTEGER,
    "splitPercent" DECIMAL(6,3),
    "order" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Member_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoleAssignment" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "associationId" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "memberId" TEXT,
    "validFrom" TIMESTAMP(3),
    "validTo" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RoleAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BoardSeat" (
    "id" TEXT NOT NULL,
    "associationId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "kind" "SeatKind" NOT NULL,
    "appointedByMemberId" TEXT,
    "deputyOrder" INTEGER,
    "personalDeputyForId" TEXT,
    "periodStart" TIMESTAMP(3) NOT NULL,
    "periodEnd" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BoardSeat_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Plan" (
    "id" TEXT NOT NULL,
    "associationId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "versionNumber" INTEGER NOT NULL DEFAULT 1,
    "status" "PlanStatus" NOT NULL DEFAULT 'DRAFT',
    "title" TEXT NOT NULL,
    "previousVersionId" TEXT,
    "adoptionDecisionId" TEXT,
    "adoptedAt" TIMESTAMP(3),
    "lockedAt" TIMESTAMP(3),
    "consultationSummary" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Plan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanSection" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "level" INTEGER NOT NULL DEFAULT 1,
    "title" TEXT NOT NULL,
    "bodyMarkdown" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PlanSection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FocusArea" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FocusArea_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TargetGroup" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "ageMin" INTEGER,
    "ageMax" INTEGER,
    "priority" INTEGER NOT NULL DEFAULT 1,
    "rationale" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TargetGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Goal" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "level" "GoalLevel" NOT NULL,
    "order" INTEGER NOT NULL DEFAULT 0,
    "text" TEXT NOT NULL,
    "targetKind" "GoalTargetKind",
    "targetValue" DECIMAL(14,2),
    "indicator" TEXT NOT NULL DEFAULT '',
    "financialCheck" "FinancialCheck",
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Goal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Intervention" (
    "id" TEXT NOT NULL,
    "associationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "InterventionKind" NOT NULL,
    "status" "InterventionStatus" NOT NULL DEFAULT 'PROPOSED',
    "description" TEXT NOT NULL DEFAULT '',
    "startDate" DATE,
    "endDate" DATE,
    "implementationPlan" TEXT NOT NULL DEFAULT '',
    "fundingDecisionId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Intervention_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BudgetLine" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "type" "BudgetLineType" NOT NULL,
    "category" "BudgetCategory" NOT NULL,
    "name" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "outsideTotal" BOOLEAN NOT NULL DEFAULT false,
    "memberId" TEXT,
    "interventionId" TEXT,
    "note" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BudgetLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BudgetAmount" (
    "id" TEXT NOT NULL,
    "budgetLineId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "kind" "AmountKind" NOT NULL,
    "amount" DECIMAL(14,2) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BudgetAmount_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanComment" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "sectionId" TEXT,
    "phase" "CommentPhase" NOT NULL,
    "authorId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "reply" TEXT,
    "repliedById" TEXT,
    "repliedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PlanComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Matter" (
    "id" TEXT NOT NULL,
    "associationId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "kind" "MatterKind" NOT NULL DEFAULT 'GENERAL',
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "status" "MatterStatus" NOT NULL DEFAULT 'RAISED',
    "raisedById" TEXT NOT NULL,
    "raisedByMemberId" TEXT,
    "requestedAmount" DECIMAL(14,2),
    "periodStart" DATE,
    "periodEnd" DATE,
    "assessment" TEXT NOT NULL DEFAULT '',
    "proposedDecision" TEXT NOT NULL DEFAULT '',
    "returnReason" TEXT,
    "planId" TEXT,
    "interventionId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Matter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Meeting" (
    "id" TEXT NOT NULL,
    "associationId" TEXT NOT NULL,
    "body" "MeetingBody" NOT NULL,
    "title" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "location" TEXT NOT NULL DEFAULT '',
    "status" "MeetingStatus" NOT NULL DEFAULT 'PLANNED',
    "noticeSentAt" TIMESTAMP(3),
    "minutesLockedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgendaItem" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "kind" "AgendaItemKind" NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "matterId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "AgendaItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attendance" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "seatId" TEXT,
    "status" "AttendanceStatus" NOT NULL,
    "servingForId" TEXT,
    "coOpted" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Attendance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MinutesParagraph" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "associationId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "agendaItemId" TEXT,
    "title" TEXT NOT NULL,
    "discussion" TEXT NOT NULL DEFAULT '',
    "decisionText" TEXT NOT NULL DEFAULT '',
    "matterId" TEXT,
    "interventionId" TEXT,
    "planId" TEXT,
    "correctsId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MinutesParagraph_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Decision" (
    "id" TEXT NOT NULL,
    "associationId" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "paragraphId" TEXT,
    "matterId" TEXT,
    "text" TEXT NOT NULL,
    "decidedAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Decision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Vote" (
    "id" TEXT NOT NULL,
    "paragraphId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "choice" "VoteChoice" NOT NULL,
    "reservation" TEXT,

    CONSTRAINT "Vote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Adjuster" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "approvedAt" TIMESTAMP(3),

    CONSTRAINT "Adjuster_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notice" (
    "id" TEXT NOT NULL,
    "associationId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "meetingId" TEXT,
    "text" TEXT NOT NULL,
    "readAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attachment" (
    "id" TEXT NOT NULL,
    "associationId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,
    "uploadedById" TEXT NOT NULL,
    "matterId" TEXT,
    "agendaItemId" TEXT,
    "invoiceId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Attachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invoice" (
    "id" TEXT NOT NULL,
    "associationId" TEXT NOT NULL,
    "supplier" TEXT NOT NULL,
    "invoiceNumber" TEXT NOT NULL,
    "invoiceDate" DATE NOT NULL,
    "dueDate" DATE,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "amountExclVat" DECIMAL(14,2) NOT NULL,
    "amountInclVat" DECIMAL(14,2) NOT NULL,
    "budgetLineId" TEXT,
    "interventionId" TEXT,
    "concernsPersonId" TEXT,
    "payeePersonId" TEXT,
    "status" "InvoiceStatus" NOT NULL DEFAULT 'RECEIVED',
    "rejectionReason" TEXT,
    "paidAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Invoice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attestation" (
    "id" TEXT NOT NULL,
    "invoiceId" TEXT NOT NULL,
    "attestedById" TEXT NOT NULL,
    "outcome" "AttestationOutcome" NOT NULL,
    "rule" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Attestation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ParticipantStats" (
    "id" TEXT NOT NULL,
    "interventionId" TEXT NOT NULL,
    "periodKind" "StatsPeriodKind" NOT NULL,
    "year" INTEGER NOT NULL,
    "period" INTEGER NOT NULL,
    "women" INTEGER NOT NULL DEFAULT 0,
    "men" INTEGER NOT NULL DEFAULT 0,
    "otherOrUnknown" INTEGER NOT NULL DEFAULT 0,
    "ageBandCounts" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "newCount" INTEGER NOT NULL DEFAULT 0,
    "activeCount" INTEGER NOT NULL DEFAULT 0,
    "endedCount" INTEGER NOT NULL DEFAULT 0,
    "endedWork" INTEGER NOT NULL DEFAULT 0,
    "endedStudies" INTEGER NOT NULL DEFAULT 0,
    "endedWageSubsidy" INTEGER NOT NULL DEFAULT 0,
    "endedMemberService" INTEGER NOT NULL DEFAULT 0,
    "endedIllness" INTEGER NOT NULL DEFAULT 0,
    "endedOwnWish" INTEGER NOT NULL DEFAULT 0,
    "endedOther" INTEGER NOT NULL DEFAULT 0,
    "stepMovement" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ParticipantStats_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndicatorResult" (
    "id" TEXT NOT NULL,
    "interventionId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "question" TEXT NOT NULL,
    "answers" INTEGER NOT NULL,
    "agreeing" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IndicatorResult_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GoalEvaluation" (
    "id" TEXT NOT NULL,
    "goalId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "outcome" "GoalOutcome" NOT NULL,
    "value" DECIMAL(14,2),
    "note" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "GoalEvaluation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AnnualReport" (
    "id" TEXT NOT NULL,
    "associationId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "narrative" JSONB NOT NULL DEFAULT '{}',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AnnualReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "associationId" TEXT,
    "personId" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT,
    "data" JSONB,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SignInAttempt" (
    "id" BIGSERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "ip" TEXT,
    "succeeded" BOOLEAN NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SignInAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_GoalToTargetGroup" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_GoalToTargetGroup_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_GoalToIntervention" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_GoalToIntervention_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_InterventionToMember" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_InterventionToMember_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_InterventionToTargetGroup" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_InterventionToTargetGroup_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "Association_slug_key" ON "Association"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "AssociationSettings_associationId_key" ON "AssociationSettings"("associationId");

-- CreateIndex
CREATE UNIQUE INDEX "EquityCapTier_settingsId_order_key" ON "EquityCapTier"("settingsId", "order");

-- CreateIndex
CREATE UNIQUE INDEX "PriceBaseAmount_associationId_year_key" ON "PriceBaseAmount"("associationId", "year");

-- CreateIndex
CREATE INDEX "Member_associationId_idx" ON "Member"("associationId");

-- CreateIndex
CREATE UNIQUE INDEX "Person_email_key" ON "Person"("email");

-- CreateIndex
CREATE INDEX "RoleAssignment_associationId_idx" ON "RoleAssignment"("associationId");

-- CreateIndex
CREATE UNIQUE INDEX "RoleAssignment_personId_associationId_role_key" ON "RoleAssignment"("personId", "associationId", "role");

-- CreateIndex
CREATE INDEX "BoardSeat_associationId_idx" ON "BoardSeat"("associationId");

-- CreateIndex
CREATE UNIQUE INDEX "Plan_previousVersionId_key" ON "Plan"("previousVersionId");

-- CreateIndex
CREATE UNIQUE INDEX "Plan_adoptionDecisionId_key" ON "Plan"("adoptionDecisionId");

-- CreateIndex
CREATE UNIQUE INDEX "Plan_associationId_year_versionNumber_key" ON "Plan"("associationId", "year", "versionNumber");

-- CreateIndex
CREATE INDEX "PlanSection_planId_idx" ON "PlanSection"("planId");

-- CreateIndex
CREATE INDEX "FocusArea_planId_idx" ON "FocusArea"("planId");

-- CreateIndex
CREATE INDEX "TargetGroup_planId_idx" ON "TargetGroup"("planId");

-- CreateIndex
CREATE INDEX "Goal_planId_idx" ON "Goal"("planId");

-- CreateIndex
CREATE INDEX "Intervention_associationId_idx" ON "Intervention"("associationId");

-- CreateIndex
CREATE INDEX "BudgetLine_planId_idx" ON "BudgetLine"("planId");

-- CreateIndex
CREATE UNIQUE INDEX "BudgetAmount_budgetLineId_year_kind_key" ON "BudgetAmount"("budgetLineId", "year", "kind");

-- CreateIndex
CREATE INDEX "PlanComment_planId_idx" ON "PlanComment"("planId");

-- CreateIndex
CREATE UNIQUE INDEX "Matter_associationId_year_number_key" ON "Matter"("associationId", "year", "number");

-- CreateIndex
CREATE INDEX "Meeting_associationId_startsAt_idx" ON "Meeting"("associationId", "startsAt");

-- CreateIndex
CREATE INDEX "AgendaItem_meetingId_idx" ON "AgendaItem"("meetingId");

-- CreateIndex
CREATE UNIQUE INDEX "Attendance_meetingId_personId_key" ON "Attendance"("meetingId", "personId");

-- CreateIndex
CREATE INDEX "MinutesParagraph_meetingId_idx" ON "MinutesParagraph"("meetingId");

-- CreateIndex
CREATE UNIQUE INDEX "MinutesParagraph_associationId_year_number_key" ON "MinutesParagraph"("associationId", "year", "number");

-- CreateIndex
CREATE UNIQUE INDEX "Decision_paragraphId_key" ON "Decision"("paragraphId");

-- CreateIndex
CREATE INDEX "Decision_associationId_idx" ON "Decision"("associationId");

-- CreateIndex
CREATE UNIQUE INDEX "Vote_paragraphId_personId_key" ON "Vote"("paragraphId", "personId");

-- CreateIndex
CREATE UNIQUE INDEX "Adjuster_meetingId_personId_key" ON "Adjuster"("meetingId", "personId");

-- CreateIndex
CREATE INDEX "Notice_personId_readAt_idx" ON "Notice"("personId", "readAt");

-- CreateIndex
CREATE INDEX "Attachment_associationId_idx" ON "Attachment"("associationId");

-- CreateIndex
CREATE INDEX "Invoice_associationId_status_idx" ON "Invoice"("associationId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Invoice_associationId_supplier_invoiceNumber_key" ON "Invoice"("associationId", "supplier", "invoiceNumber");

-- CreateIndex
CREATE INDEX "Attestation_invoiceId_idx" ON "Attestation"("invoiceId");

-- CreateIndex
CREATE UNIQUE INDEX "ParticipantStats_interventionId_periodKind_year_period_key" ON "ParticipantStats"("interventionId", "periodKind", "year", "period");

-- CreateIndex
CREATE UNIQUE INDEX "IndicatorResult_interventionId_year_question_key" ON "IndicatorResult"("interventionId", "year", "question");

-- CreateIndex
CREATE UNIQUE INDEX "GoalEvaluation_goalId_year_key" ON "GoalEvaluation"("goalId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "AnnualReport_associationId_year_key" ON "AnnualReport"("associationId", "year");

-- CreateIndex
CREATE INDEX "AuditLog_associationId_at_idx" ON "AuditLog"("associationId", "at");

-- CreateIndex
CREATE INDEX "SignInAttempt_email_at_idx" ON "SignInAttempt"("email", "at");

-- CreateIndex
CREATE INDEX "_GoalToTargetGroup_B_index" ON "_GoalToTargetGroup"("B");

-- CreateIndex
CREATE INDEX "_GoalToIntervention_B_index" ON "_GoalToIntervention"("B");

-- CreateIndex
CREATE INDEX "_InterventionToMember_B_index" ON "_InterventionToMember"("B");

-- CreateIndex
CREATE INDEX "_InterventionToTargetGroup_B_index" ON "_InterventionToTargetGroup"("B");

-- AddForeignKey
ALTER TABLE "AssociationSettings" ADD CONSTRAINT "AssociationSettings_associationId_fkey" FOREIGN KEY ("associationId") REFERENCES "Association"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EquityCapTier" ADD CONSTRAINT "EquityCapTier_settingsId_fkey" FOREIGN KEY ("settingsId") REFERENCES "AssociationSettings"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PriceBaseAmount" ADD CONSTRAINT "PriceBaseAmount_associationId_fkey" FOREIGN KEY ("associationId") REFERENCES "Association"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Member" ADD CONSTRAINT "Member_associationId_fkey" FOREIGN KEY ("associationId") REFERENCES "Association"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleAssignment" ADD CONSTRAINT "RoleAssignment_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleAssignment" ADD CONSTRAINT "RoleAssignment_associationId_fkey" FOREIGN KEY ("associationId") REFERENCES "Association"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleAssignment" ADD CONSTRAINT "RoleAssignment_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BoardSeat" ADD CONSTRAINT "BoardSeat_associationId_fkey" FOREIGN KEY ("associationId") REFERENCES "Association"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BoardSeat" ADD CONSTRAINT "BoardSeat_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BoardSeat" ADD CONSTRAINT "BoardSeat_appointedByMemberId_fkey" FOREIGN KEY ("appointedByMemberId") REFERENCES "Member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BoardSeat" ADD CONSTRAINT "BoardSeat_personalDeputyForId_fkey" FOREIGN KEY ("personalDeputyForId") REFERENCES "BoardSeat"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_associationId_fkey" FOREIGN KEY ("associationId") REFERENCES "Association"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_previousVersionId_fkey" FOREIGN KEY ("previousVersionId") REFERENCES "Plan"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_adoptionDecisionId_fkey" FOREIGN KEY ("adoptionDecisionId") REFERENCES "Decision"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanSection" ADD CONSTRAINT "PlanSection_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FocusArea" ADD CONSTRAINT "FocusArea_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TargetGroup" ADD CONSTRAINT "TargetGroup_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Goal" ADD CONSTRAINT "Goal_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Intervention" ADD CONSTRAINT "Intervention_associationId_fkey" FOREIGN KEY ("associationId") REFERENCES "Association"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Intervention" ADD CONSTRAINT "Intervention_fundingDecisionId_fkey" FOREIGN KEY ("fundingDecisionId") REFERENCES "Decision"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetLine" ADD CONSTRAINT "BudgetLine_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetLine" ADD CONSTRAINT "BudgetLine_interventionId_fkey" FOREIGN KEY ("interventionId") REFERENCES "Intervention"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetAmount" ADD CONSTRAINT "BudgetAmount_budgetLineId_fkey" FOREIGN KEY ("budgetLineId") REFERENCES "BudgetLine"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanComment" ADD CONSTRAINT "PlanComment_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanComment" ADD CONSTRAINT "PlanComment_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "PlanSection"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanComment" ADD CONSTRAINT "PlanComment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanComment" ADD CONSTRAINT "PlanComment_repliedById_fkey" FOREIGN KEY ("repliedById") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Matter" ADD CONSTRAINT "Matter_associationId_fkey" FOREIGN KEY ("associationId") REFERENCES "Association"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Matter" ADD CONSTRAINT "Matter_raisedById_fkey" FOREIGN KEY ("raisedById") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Matter" ADD CONSTRAINT "Matter_raisedByMemberId_fkey" FOREIGN KEY ("raisedByMemberId") REFERENCES "Member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Matter" ADD CONSTRAINT "Matter_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Matter" ADD CONSTRAINT "Matter_interventionId_fkey" FOREIGN KEY ("interventionId") REFERENCES "Intervention"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_associationId_fkey" FOREIGN KEY ("associationId") REFERENCES "Association"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_matterId_fkey" FOREIGN KEY ("matterId") REFERENCES "Matter"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_seatId_fkey" FOREIGN KEY ("seatId") REFERENCES "BoardSeat"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_servingForId_fkey" FOREIGN KEY ("servingForId") REFERENCES "BoardSeat"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MinutesParagraph" ADD CONSTRAINT "MinutesParagraph_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MinutesParagraph" ADD CONSTRAINT "MinutesParagraph_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MinutesParagraph" ADD CONSTRAINT "MinutesParagraph_matterId_fkey" FOREIGN KEY ("matterId") REFERENCES "Matter"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MinutesParagraph" ADD CONSTRAINT "MinutesParagraph_interventionId_fkey" FOREIGN KEY ("interventionId") REFERENCES "Intervention"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MinutesParagraph" ADD CONSTRAINT "MinutesParagraph_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MinutesParagraph" ADD CONSTRAINT "MinutesParagraph_correctsId_fkey" FOREIGN KEY ("correctsId") REFERENCES "MinutesParagraph"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_associationId_fkey" FOREIGN KEY ("associationId") REFERENCES "Association"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_paragraphId_fkey" FOREIGN KEY ("paragraphId") REFERENCES "MinutesParagraph"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_matterId_fkey" FOREIGN KEY ("matterId") REFERENCES "Matter"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vote" ADD CONSTRAINT "Vote_paragraphId_fkey" FOREIGN KEY ("paragraphId") REFERENCES "MinutesParagraph"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vote" ADD CONSTRAINT "Vote_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Adjuster" ADD CONSTRAINT "Adjuster_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Adjuster" ADD CONSTRAINT "Adjuster_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notice" ADD CONSTRAINT "Notice_associationId_fkey" FOREIGN KEY ("associationId") REFERENCES "Association"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notice" ADD CONSTRAINT "Notice_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notice" ADD CONSTRAINT "Notice_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_associationId_fkey" FOREIGN KEY ("associationId") REFERENCES "Association"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_matterId_fkey" FOREIGN KEY ("matterId") REFERENCES "Matter"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_invoiceId_fkey" FOREIGN KEY ("invoiceId") REFERENCES "Invoice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_associationId_fkey" FOREIGN KEY ("associationId") REFERENCES "Association"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_budgetLineId_fkey" FOREIGN KEY ("budgetLineId") REFERENCES "BudgetLine"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_interventionId_fkey" FOREIGN KEY ("interventionId") REFERENCES "Intervention"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_concernsPersonId_fkey" FOREIGN KEY ("concernsPersonId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_payeePersonId_fkey" FOREIGN KEY ("payeePersonId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attestation" ADD CONSTRAINT "Attestation_invoiceId_fkey" FOREIGN KEY ("invoiceId") REFERENCES "Invoice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attestation" ADD CONSTRAINT "Attestation_attestedById_fkey" FOREIGN KEY ("attestedById") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ParticipantStats" ADD CONSTRAINT "ParticipantStats_interventionId_fkey" FOREIGN KEY ("interventionId") REFERENCES "Intervention"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorResult" ADD CONSTRAINT "IndicatorResult_interventionId_fkey" FOREIGN KEY ("interventionId") REFERENCES "Intervention"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GoalEvaluation" ADD CONSTRAINT "GoalEvaluation_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "Goal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnnualReport" ADD CONSTRAINT "AnnualReport_associationId_fkey" FOREIGN KEY ("associationId") REFERENCES "Association"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_associationId_fkey" FOREIGN KEY ("associationId") REFERENCES "Association"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_GoalToTargetGroup" ADD CONSTRAINT "_GoalToTargetGroup_A_fkey" FOREIGN KEY ("A") REFERENCES "Goal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_GoalToTargetGroup" ADD CONSTRAINT "_GoalToTargetGroup_B_fkey" FOREIGN KEY ("B") REFERENCES "TargetGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_GoalToIntervention" ADD CONSTRAINT "_GoalToIntervention_A_fkey" FOREIGN KEY ("A") REFERENCES "Goal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_GoalToIntervention" ADD CONSTRAINT "_GoalToIntervention_B_fkey" FOREIGN KEY ("B") REFERENCES "Intervention"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_InterventionToMember" ADD CONSTRAINT "_InterventionToMember_A_fkey" FOREIGN KEY ("A") REFERENCES "Intervention"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_InterventionToMember" ADD CONSTRAINT "_InterventionToMember_B_fkey" FOREIGN KEY ("B") REFERENCES "Member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_InterventionToTargetGroup" ADD CONSTRAINT "_InterventionToTargetGroup_A_fkey" FOREIGN KEY ("A") REFERENCES "Intervention"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_InterventionToTargetGroup" ADD CONSTRAINT "_InterventionToTargetGroup_B_fkey" FOREIGN KEY ("B") REFERENCES "TargetGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AuditLog is append-only (see schema.prisma). Added by hand: Prisma's diff ignores triggers.
CREATE FUNCTION "audit_log_append_only"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'AuditLog is append-only: % is not allowed', TG_OP;
END;
$$;

CREATE TRIGGER "AuditLog_append_only"
BEFORE UPDATE OR DELETE ON "AuditLog"
FOR EACH ROW EXECUTE FUNCTION "audit_log_append_only"();
