-- CreateEnum
CREATE TYPE "MailKind" AS ENUM ('MEETING_NOTICE', 'MINUTES_TO_ADJUST', 'INVOICE_TO_ATTEST', 'PLAN_FOR_COMMENT', 'COMMENT_REPLY', 'ADOPTION_DEADLINE', 'DIGEST', 'INVITATION', 'PASSWORD_RESET', 'PASSWORD_CHANGED');

-- CreateEnum
CREATE TYPE "MailDelivery" AS ENUM ('IMMEDIATE', 'DIGEST', 'OFF');

-- CreateEnum
CREATE TYPE "MailStatus" AS ENUM ('QUEUED', 'SENT', 'FAILED', 'DIGEST_PENDING', 'DIGESTED');

-- CreateTable
CREATE TABLE "OutboxMail" (
    "id" TEXT NOT NULL,
    "associationId" TEXT,
    "personId" TEXT,
    "toAddress" TEXT NOT NULL,
    "kind" "MailKind" NOT NULL,
    "subject" TEXT NOT NULL,
    "textBody" TEXT NOT NULL,
    "htmlBody" TEXT NOT NULL,
    "attachments" JSONB,
    "dedupeKey" TEXT,
    "status" "MailStatus" NOT NULL DEFAULT 'QUEUED',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "lastAttemptAt" TIMESTAMP(3),
    "sentAt" TIMESTAMP(3),
    "digestId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutboxMail_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MailPreference" (
    "personId" TEXT NOT NULL,
    "kind" "MailKind" NOT NULL,
    "delivery" "MailDelivery" NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MailPreference_pkey" PRIMARY KEY ("personId","kind")
);

-- CreateTable
CREATE TABLE "CaughtMail" (
    "id" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "messageId" TEXT,
    "fromAddress" TEXT NOT NULL,
    "toAddresses" TEXT[],
    "subject" TEXT NOT NULL,
    "textBody" TEXT NOT NULL,
    "htmlBody" TEXT NOT NULL,
    "attachments" JSONB,
    "raw" BYTEA NOT NULL,

    CONSTRAINT "CaughtMail_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Installation" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "demoData" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Installation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "OutboxMail_dedupeKey_key" ON "OutboxMail"("dedupeKey");

-- CreateIndex
CREATE INDEX "OutboxMail_associationId_createdAt_idx" ON "OutboxMail"("associationId", "createdAt");

-- CreateIndex
CREATE INDEX "OutboxMail_personId_status_idx" ON "OutboxMail"("personId", "status");

-- CreateIndex
CREATE INDEX "OutboxMail_status_idx" ON "OutboxMail"("status");

-- CreateIndex
CREATE INDEX "CaughtMail_receivedAt_idx" ON "CaughtMail"("receivedAt");

-- AddForeignKey
ALTER TABLE "OutboxMail" ADD CONSTRAINT "OutboxMail_associationId_fkey" FOREIGN KEY ("associationId") REFERENCES "Association"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutboxMail" ADD CONSTRAINT "OutboxMail_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutboxMail" ADD CONSTRAINT "OutboxMail_digestId_fkey" FOREIGN KEY ("digestId") REFERENCES "OutboxMail"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MailPreference" ADD CONSTRAINT "MailPreference_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- One row only: the install's own facts.
ALTER TABLE "Installation" ADD CONSTRAINT "Installation_single_row" CHECK ("id" = 1);

-- Until this migration nothing but the demo seed could create an association, so a database that
-- holds one holds the demo data.
INSERT INTO "Installation" ("id", "demoData") SELECT 1, true WHERE EXISTS (SELECT 1 FROM "Association");
