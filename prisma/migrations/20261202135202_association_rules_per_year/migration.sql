-- ADR 031: the förbundsordning's rules per year (AssociationRules) and the municipal key per member and
-- year (MemberKeyFigure). Existing values move to a row from the association's first plan year (2000
-- without plans), so every existing plan keeps its rules.

-- CreateTable
CREATE TABLE "AssociationRules" (
    "id" TEXT NOT NULL,
    "associationId" TEXT NOT NULL,
    "effectiveFromYear" INTEGER NOT NULL,
    "regionHoldsMunicipalRole" BOOLEAN NOT NULL DEFAULT false,
    "municipalSplitKey" "MunicipalSplitKey" NOT NULL DEFAULT 'EQUAL',
    "equityFloor" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "prognosisYears" INTEGER NOT NULL DEFAULT 3,
    "adoptionDeadlineMonth" INTEGER NOT NULL DEFAULT 11,
    "adoptionDeadlineDay" INTEGER NOT NULL DEFAULT 30,
    "quorumRule" "QuorumRule" NOT NULL DEFAULT 'MORE_THAN_HALF',
    "quorumFixedCount" INTEGER,
    "noticeBoardText" TEXT,
    "noticeBoardUrl" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AssociationRules_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MemberKeyFigure" (
    "id" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "population" INTEGER,
    "splitPercent" DECIMAL(6,3),
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "MemberKeyFigure_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AssociationRules_associationId_effectiveFromYear_key" ON "AssociationRules"("associationId", "effectiveFromYear");

-- CreateIndex
CREATE UNIQUE INDEX "MemberKeyFigure_memberId_year_key" ON "MemberKeyFigure"("memberId", "year");

-- Move the data: one rules row per association (settings row id reused so the tiers can follow).
INSERT INTO "AssociationRules" ("id", "associationId", "effectiveFromYear", "regionHoldsMunicipalRole", "municipalSplitKey",
  "equityFloor", "prognosisYears", "adoptionDeadlineMonth", "adoptionDeadlineDay", "quorumRule", "quorumFixedCount", "updatedAt")
SELECT s."id", s."associationId",
  COALESCE((SELECT MIN(p."year") FROM "Plan" p WHERE p."associationId" = s."associationId"), 2000),
  s."regionHoldsMunicipalRole", s."municipalSplitKey", s."equityFloor", s."prognosisYears", s."adoptionDeadlineMonth",
  s."adoptionDeadlineDay", s."quorumRule", s."quorumFixedCount", CURRENT_TIMESTAMP
FROM "AssociationSettings" s;

INSERT INTO "MemberKeyFigure" ("id", "memberId", "year", "population", "splitPercent")
SELECT gen_random_uuid()::text, m."id",
  COALESCE((SELECT MIN(p."year") FROM "Plan" p WHERE p."associationId" = m."associationId"), 2000),
  m."population", m."splitPercent"
FROM "Member" m
WHERE m."population" IS NOT NULL OR m."splitPercent" IS NOT NULL;

-- EquityCapTier: settingsId -> rulesId (the rules row has the settings row's id).
ALTER TABLE "EquityCapTier" DROP CONSTRAINT "EquityCapTier_settingsId_fkey";
DROP INDEX "EquityCapTier_settingsId_order_key";
ALTER TABLE "EquityCapTier" RENAME COLUMN "settingsId" TO "rulesId";
CREATE UNIQUE INDEX "EquityCapTier_rulesId_order_key" ON "EquityCapTier"("rulesId", "order");

-- AlterTable
ALTER TABLE "AssociationSettings" DROP COLUMN "adoptionDeadlineDay",
DROP COLUMN "adoptionDeadlineMonth",
DROP COLUMN "equityFloor",
DROP COLUMN "municipalSplitKey",
DROP COLUMN "prognosisYears",
DROP COLUMN "quorumFixedCount",
DROP COLUMN "quorumRule",
DROP COLUMN "regionHoldsMunicipalRole";

-- AlterTable
ALTER TABLE "Member" DROP COLUMN "population",
DROP COLUMN "splitPercent",
ADD COLUMN     "joinedYear" INTEGER,
ADD COLUMN     "leftYear" INTEGER,
ADD COLUMN     "orgNumber" TEXT;

-- AddForeignKey
ALTER TABLE "AssociationRules" ADD CONSTRAINT "AssociationRules_associationId_fkey" FOREIGN KEY ("associationId") REFERENCES "Association"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EquityCapTier" ADD CONSTRAINT "EquityCapTier_rulesId_fkey" FOREIGN KEY ("rulesId") REFERENCES "AssociationRules"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MemberKeyFigure" ADD CONSTRAINT "MemberKeyFigure_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE CASCADE ON UPDATE CASCADE;
