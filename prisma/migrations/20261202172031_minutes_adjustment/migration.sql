-- CreateEnum
CREATE TYPE "MinutesState" AS ENUM ('DRAFT', 'READY', 'LOCKED');

-- AlterTable
ALTER TABLE "Adjuster" ADD COLUMN     "contentHash" TEXT;

-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN     "chairId" TEXT,
ADD COLUMN     "minutesReadyAt" TIMESTAMP(3),
ADD COLUMN     "minutesState" "MinutesState" NOT NULL DEFAULT 'DRAFT',
ADD COLUMN     "secretaryId" TEXT;

-- CreateTable
CREATE TABLE "MinutesChangeRequest" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "comment" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MinutesChangeRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MinutesChangeRequest_meetingId_idx" ON "MinutesChangeRequest"("meetingId");

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_chairId_fkey" FOREIGN KEY ("chairId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_secretaryId_fkey" FOREIGN KEY ("secretaryId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MinutesChangeRequest" ADD CONSTRAINT "MinutesChangeRequest_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MinutesChangeRequest" ADD CONSTRAINT "MinutesChangeRequest_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Written by hand (ADR 033): minutes locked before this migration are in state LOCKED.
UPDATE "Meeting" SET "minutesState" = 'LOCKED' WHERE "minutesLockedAt" IS NOT NULL;

-- Locked means locked in the database, for the meeting row and its attendance and agenda too
-- (issue 16). Like the paragraphs (migration 20261125150000_minutes_lock), a write is refused once
-- "minutesLockedAt" is set, unless this transaction set it (the setting samplan.minutes_locking).

-- The meeting row: its title, date, body, minutes state, readiness, chair and secretary no longer change.
CREATE FUNCTION "minutes_lock_meeting_guard"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF OLD."minutesLockedAt" IS NULL
       OR position(',' || OLD.id || ',' IN coalesce(current_setting('samplan.minutes_locking', true), '')) > 0 THEN
        RETURN NEW;
    END IF;
    IF NEW."title" IS DISTINCT FROM OLD."title"
       OR NEW."startsAt" IS DISTINCT FROM OLD."startsAt"
       OR NEW."body" IS DISTINCT FROM OLD."body"
       OR NEW."status" IS DISTINCT FROM OLD."status"
       OR NEW."minutesState" IS DISTINCT FROM OLD."minutesState"
       OR NEW."minutesReadyAt" IS DISTINCT FROM OLD."minutesReadyAt"
       OR NEW."chairId" IS DISTINCT FROM OLD."chairId"
       OR NEW."secretaryId" IS DISTINCT FROM OLD."secretaryId" THEN
        RAISE EXCEPTION 'Protokollet är justerat och låst: sammanträdet kan inte ändras (sammanträde %)', OLD.id
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER "Meeting_minutes_lock_fields"
BEFORE UPDATE ON "Meeting"
FOR EACH ROW EXECUTE FUNCTION "minutes_lock_meeting_guard"();

-- Attendance, agenda items and change requests of locked minutes: refused as paragraphs are, but the
-- meeting row is read without FOR SHARE. Their use cases bump the meeting's version afterwards (an
-- UPDATE of the same row): a share lock taken first would let two such writes deadlock. A write that
-- races the locking approval fails on that version instead (StaleVersion), so no lock is needed here.
CREATE FUNCTION "minutes_lock_guard_meeting_rows"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    meeting_id text;
    locked_at timestamp(3);
BEGIN
    FOREACH meeting_id IN ARRAY ARRAY[
        CASE WHEN TG_OP <> 'INSERT' THEN OLD."meetingId" END,
        CASE WHEN TG_OP <> 'DELETE' THEN NEW."meetingId" END
    ] LOOP
        CONTINUE WHEN meeting_id IS NULL;
        SELECT "minutesLockedAt" INTO locked_at FROM "Meeting" WHERE id = meeting_id;
        IF locked_at IS NOT NULL
           AND position(',' || meeting_id || ',' IN coalesce(current_setting('samplan.minutes_locking', true), '')) = 0 THEN
            RAISE EXCEPTION 'Protokollet är justerat och låst: % kan inte ändras (sammanträde %)', TG_TABLE_NAME, meeting_id
                USING ERRCODE = 'check_violation';
        END IF;
    END LOOP;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER "Attendance_minutes_lock"
BEFORE INSERT OR UPDATE OR DELETE ON "Attendance"
FOR EACH ROW EXECUTE FUNCTION "minutes_lock_guard_meeting_rows"();

CREATE TRIGGER "AgendaItem_minutes_lock"
BEFORE INSERT OR UPDATE OR DELETE ON "AgendaItem"
FOR EACH ROW EXECUTE FUNCTION "minutes_lock_guard_meeting_rows"();

CREATE TRIGGER "MinutesChangeRequest_minutes_lock"
BEFORE INSERT OR UPDATE OR DELETE ON "MinutesChangeRequest"
FOR EACH ROW EXECUTE FUNCTION "minutes_lock_guard_meeting_rows"();
