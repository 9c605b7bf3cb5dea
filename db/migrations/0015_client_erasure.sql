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
--> statement-breakpoint
-- Money records stay, amounts and all; an erased client's free text on them is cleared (reference,
-- reason), and the name on a receipt's stored copy replaced. Nothing else about them can change.
DROP TRIGGER `payments_no_update`;
--> statement-breakpoint
CREATE TRIGGER `payments_no_update` BEFORE UPDATE ON `payments`
WHEN NOT (
  NEW.reference IS NULL AND NEW.reason IS NULL
  AND NEW.id = OLD.id AND NEW.plan_id = OLD.plan_id AND NEW.kind = OLD.kind AND NEW.amount_minor = OLD.amount_minor
  AND NEW.currency = OLD.currency AND NEW.method IS OLD.method AND NEW.corrects_id IS OLD.corrects_id
  AND NEW.taken_by IS OLD.taken_by AND NEW.taken_at = OLD.taken_at AND NEW.created_at = OLD.created_at
  AND EXISTS (SELECT 1 FROM treatment_plans p JOIN clients c ON c.id = p.client_id WHERE p.id = OLD.plan_id AND c.erased_at IS NOT NULL)
)
BEGIN
  SELECT RAISE(ABORT, 'payments are append-only');
END;
--> statement-breakpoint
DROP TRIGGER `receipts_no_update`;
--> statement-breakpoint
CREATE TRIGGER `receipts_no_update` BEFORE UPDATE ON `receipts`
WHEN NOT (
  NEW.id = OLD.id AND NEW.number = OLD.number AND NEW.kind = OLD.kind AND NEW.payment_id = OLD.payment_id
  AND NEW.issued_at = OLD.issued_at AND NEW.issued_by IS OLD.issued_by AND NEW.created_at = OLD.created_at
  AND json_extract(NEW.content, '$.amountMinor') = json_extract(OLD.content, '$.amountMinor')
  AND json_extract(NEW.content, '$.currency') = json_extract(OLD.content, '$.currency')
  AND EXISTS (SELECT 1 FROM payments y JOIN treatment_plans p ON p.id = y.plan_id JOIN clients c ON c.id = p.client_id
              WHERE y.id = OLD.payment_id AND c.erased_at IS NOT NULL)
)
BEGIN
  SELECT RAISE(ABORT, 'receipts never change once issued');
END;
