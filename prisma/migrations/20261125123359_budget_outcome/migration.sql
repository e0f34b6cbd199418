-- CreateEnum
CREATE TYPE "OutcomeSource" AS ENUM ('MANUAL', 'IMPORT');

-- CreateTable
CREATE TABLE "BudgetOutcome" (
    "id" TEXT NOT NULL,
    "budgetLineId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "month" INTEGER NOT NULL,
    "amount" DECIMAL(14,2) NOT NULL,
    "source" "OutcomeSource" NOT NULL DEFAULT 'MANUAL',
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BudgetOutcome_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "BudgetOutcome_budgetLineId_year_month_key" ON "BudgetOutcome"("budgetLineId", "year", "month");

-- AddForeignKey
ALTER TABLE "BudgetOutcome" ADD CONSTRAINT "BudgetOutcome_budgetLineId_fkey" FOREIGN KEY ("budgetLineId") REFERENCES "BudgetLine"("id") ON DELETE CASCADE ON UPDATE CASCADE;
