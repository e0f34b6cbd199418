-- CreateEnum
CREATE TYPE "PayeeKind" AS ENUM ('SUPPLIER', 'PERSON');

-- CreateEnum
CREATE TYPE "SubstituteReason" AS ENUM ('ABSENT', 'CONFLICT_OF_INTEREST');

-- AlterTable
ALTER TABLE "AssociationSettings" ADD COLUMN     "directorSubstituteRole" "Role" NOT NULL DEFAULT 'CHAIR';

-- AlterTable
ALTER TABLE "Attestation" ADD COLUMN     "substituteReason" "SubstituteReason";

-- AlterTable
ALTER TABLE "Invoice" ADD COLUMN     "payeeKind" "PayeeKind" NOT NULL DEFAULT 'SUPPLIER';

-- CreateTable
CREATE TABLE "DelegationChange" (
    "id" TEXT NOT NULL,
    "associationId" TEXT NOT NULL,
    "decisionId" TEXT NOT NULL,
    "effectiveFrom" DATE NOT NULL,
    "directorAttestLimitPbb" DECIMAL(6,3) NOT NULL,
    "attestAboveLimitRole" "Role" NOT NULL,
    "attestSubstituteRole" "Role" NOT NULL,
    "directorSubstituteRole" "Role" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DelegationChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DelegationChange_associationId_effectiveFrom_idx" ON "DelegationChange"("associationId", "effectiveFrom");

-- AddForeignKey
ALTER TABLE "DelegationChange" ADD CONSTRAINT "DelegationChange_associationId_fkey" FOREIGN KEY ("associationId") REFERENCES "Association"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DelegationChange" ADD CONSTRAINT "DelegationChange_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Decision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
