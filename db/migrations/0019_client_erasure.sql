ALTER TABLE `audit_log` ADD `salt` text;--> statement-breakpoint
ALTER TABLE `audit_log` ADD `content_hash` text;--> statement-breakpoint
ALTER TABLE `audit_log` ADD `redacted_by` integer;--> statement-breakpoint
ALTER TABLE `clients` ADD `erased_at` text;--> statement-breakpoint
-- hand-written below
-- The one change the database lets anyone make to an audit entry: its redaction by a client's
-- erasure (api/handlers/erasure.ts). The contents and the salt are cleared; the entry's place in the
-- chain (ids, time, who, what, content hash, hashes) stays, and it names the erasure's own entry.
DROP TRIGGER `audit_log_no_update`;
--> statement-breakpoint
CREATE TRIGGER `audit_log_no_update` BEFORE UPDATE ON `audit_log`
WHEN NOT (
  OLD.redacted_by IS NULL AND NEW.redacted_by IS NOT NULL AND OLD.content_hash IS NOT NULL
  AND NEW.before IS NULL AND NEW.after IS NULL AND NEW.reason IS NULL AND NEW.salt IS NULL
  AND NEW.id = OLD.id AND NEW.at = OLD.at AND NEW.staff_id IS OLD.staff_id AND NEW.entity = OLD.entity
  AND NEW.entity_id = OLD.entity_id AND NEW.action = OLD.action AND NEW.content_hash = OLD.content_hash
  AND NEW.prev_hash = OLD.prev_hash AND NEW.hash = OLD.hash
  AND EXISTS (SELECT 1 FROM audit_log e WHERE e.id = NEW.redacted_by AND e.action = 'erase' AND e.entity = 'client')
)
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
