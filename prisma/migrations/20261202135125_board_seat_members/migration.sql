-- ADR 032: a board seat belongs to one member or jointly to a group of members; a person may hold
-- the same role in several terms; term ends are the last instant of their last day (Europe/Stockholm).

-- CreateTable
CREATE TABLE "BoardSeatMember" (
    "boardSeatId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,

    CONSTRAINT "BoardSeatMember_pkey" PRIMARY KEY ("boardSeatId","memberId")
);

-- Existing seats keep the member that appointed them.
INSERT INTO "BoardSeatMember" ("boardSeatId", "memberId")
SELECT "id", "appointedByMemberId" FROM "BoardSeat" WHERE "appointedByMemberId" IS NOT NULL;

-- DropForeignKey
ALTER TABLE "BoardSeat" DROP CONSTRAINT "BoardSeat_appointedByMemberId_fkey";

-- AlterTable
ALTER TABLE "BoardSeat" DROP COLUMN "appointedByMemberId";

-- DropIndex
DROP INDEX "RoleAssignment_personId_associationId_role_key";

-- CreateIndex
CREATE INDEX "BoardSeatMember_memberId_idx" ON "BoardSeatMember"("memberId");

-- CreateIndex
CREATE INDEX "RoleAssignment_personId_associationId_role_idx" ON "RoleAssignment"("personId", "associationId", "role");

-- AddForeignKey
ALTER TABLE "BoardSeatMember" ADD CONSTRAINT "BoardSeatMember_boardSeatId_fkey" FOREIGN KEY ("boardSeatId") REFERENCES "BoardSeat"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BoardSeatMember" ADD CONSTRAINT "BoardSeatMember_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Term ends stored as a bare date (midnight UTC) become the end of that day in Swedish time, so the
-- last day is inclusive everywhere (a meeting on the evening of the last day still counts the seat).
UPDATE "BoardSeat"
SET "periodEnd" = ((("periodEnd"::date + 1)::timestamp AT TIME ZONE 'Europe/Stockholm') AT TIME ZONE 'UTC') - interval '1 millisecond'
WHERE "periodEnd" IS NOT NULL AND "periodEnd" = date_trunc('day', "periodEnd");

UPDATE "RoleAssignment"
SET "validTo" = ((("validTo"::date + 1)::timestamp AT TIME ZONE 'Europe/Stockholm') AT TIME ZONE 'UTC') - interval '1 millisecond'
WHERE "validTo" IS NOT NULL AND "validTo" = date_trunc('day', "validTo");
