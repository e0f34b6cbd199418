-- Locked minutes cannot change (see docs/decisions/015-minutes.md). Written by hand: Prisma's
-- diff ignores triggers, so the schema-drift check is unaffected.
--
-- Once a meeting's "minutesLockedAt" is set, its paragraphs, votes, decisions and adjusters may not
-- be inserted, updated or deleted, the lock may not be lifted or moved, and the meeting may not be deleted. The use cases refuse
-- first (LockedError); these triggers hold also for any other code path or a direct SQL statement.
--
-- The transaction that sets the lock may still write that meeting's rows after setting it (the
-- demo seed creates a meeting already locked, then its paragraphs). The approving use case sets
-- the lock last anyway. The exemption is remembered in a transaction-local setting, so it ends
-- with that transaction.

CREATE FUNCTION "minutes_lock_note"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF OLD."minutesLockedAt" IS NOT NULL THEN
            RAISE EXCEPTION 'Protokollet är justerat och låst: sammanträdet kan inte tas bort (sammanträde %)', OLD.id
                USING ERRCODE = 'check_violation';
        END IF;
        RETURN OLD;
    END IF;
    IF TG_OP = 'UPDATE' AND OLD."minutesLockedAt" IS NOT NULL
       AND NEW."minutesLockedAt" IS DISTINCT FROM OLD."minutesLockedAt" THEN
        RAISE EXCEPTION 'Protokollet är justerat och låst: låsningen kan inte tas bort eller ändras (sammanträde %)', OLD.id
            USING ERRCODE = 'check_violation';
    END IF;
    IF NEW."minutesLockedAt" IS NOT NULL AND (TG_OP = 'INSERT' OR OLD."minutesLockedAt" IS NULL) THEN
        PERFORM set_config('samplan.minutes_locking',
            coalesce(current_setting('samplan.minutes_locking', true), '') || ',' || NEW.id || ',', true);
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER "Meeting_minutes_lock"
BEFORE INSERT OR UPDATE OR DELETE ON "Meeting"
FOR EACH ROW EXECUTE FUNCTION "minutes_lock_note"();

-- Raises when the meeting's minutes are locked, unless this transaction locked them.
-- FOR SHARE: a write waits for a transaction that is locking the same minutes, then sees the lock.
CREATE FUNCTION "minutes_lock_check"(meeting_id text, what text) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    locked_at timestamp(3);
BEGIN
    IF meeting_id IS NULL THEN
        RETURN;
    END IF;
    SELECT "minutesLockedAt" INTO locked_at FROM "Meeting" WHERE id = meeting_id FOR SHARE;
    IF locked_at IS NOT NULL
       AND position(',' || meeting_id || ',' IN coalesce(current_setting('samplan.minutes_locking', true), '')) = 0 THEN
        RAISE EXCEPTION 'Protokollet är justerat och låst: % kan inte ändras (sammanträde %)', what, meeting_id
            USING ERRCODE = 'check_violation';
    END IF;
END;
$$;

CREATE FUNCTION "minutes_lock_guard"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    old_meeting text;
    new_meeting text;
BEGIN
    IF TG_TABLE_NAME = 'Vote' THEN
        IF TG_OP <> 'INSERT' THEN
            SELECT "meetingId" INTO old_meeting FROM "MinutesParagraph" WHERE id = OLD."paragraphId";
        END IF;
        IF TG_OP <> 'DELETE' THEN
            SELECT "meetingId" INTO new_meeting FROM "MinutesParagraph" WHERE id = NEW."paragraphId";
        END IF;
    ELSE
        IF TG_OP <> 'INSERT' THEN
            old_meeting := OLD."meetingId";
        END IF;
        IF TG_OP <> 'DELETE' THEN
            new_meeting := NEW."meetingId";
        END IF;
    END IF;
    PERFORM "minutes_lock_check"(old_meeting, TG_TABLE_NAME);
    IF new_meeting IS DISTINCT FROM old_meeting THEN
        PERFORM "minutes_lock_check"(new_meeting, TG_TABLE_NAME);
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER "MinutesParagraph_minutes_lock"
BEFORE INSERT OR UPDATE OR DELETE ON "MinutesParagraph"
FOR EACH ROW EXECUTE FUNCTION "minutes_lock_guard"();

CREATE TRIGGER "Vote_minutes_lock"
BEFORE INSERT OR UPDATE OR DELETE ON "Vote"
FOR EACH ROW EXECUTE FUNCTION "minutes_lock_guard"();

CREATE TRIGGER "Decision_minutes_lock"
BEFORE INSERT OR UPDATE OR DELETE ON "Decision"
FOR EACH ROW EXECUTE FUNCTION "minutes_lock_guard"();

CREATE TRIGGER "Adjuster_minutes_lock"
BEFORE INSERT OR UPDATE OR DELETE ON "Adjuster"
FOR EACH ROW EXECUTE FUNCTION "minutes_lock_guard"();
