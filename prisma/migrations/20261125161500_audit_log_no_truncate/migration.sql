-- The row-level trigger of the init migration refuses UPDATE and DELETE on "AuditLog";
-- TRUNCATE fires no row triggers, so refuse it with a statement-level trigger too.
CREATE TRIGGER "AuditLog_no_truncate"
BEFORE TRUNCATE ON "AuditLog"
FOR EACH STATEMENT EXECUTE FUNCTION "audit_log_append_only"();
