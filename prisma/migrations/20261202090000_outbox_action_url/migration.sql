-- AlterTable
ALTER TABLE "OutboxMail" ADD COLUMN     "actionUrl" TEXT;
