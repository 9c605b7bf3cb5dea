CREATE TABLE `payments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`plan_id` integer NOT NULL,
	`kind` text NOT NULL,
	`amount_minor` integer NOT NULL,
	`currency` text NOT NULL,
	`method` text,
	`reference` text,
	`reason` text,
	`corrects_id` integer,
	`taken_by` integer,
	`taken_at` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `treatment_plans`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`taken_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "payments_amount_positive" CHECK("payments"."amount_minor" > 0)
);
--> statement-breakpoint
CREATE INDEX `payments_plan_idx` ON `payments` (`plan_id`);--> statement-breakpoint
CREATE INDEX `payments_taken_at_idx` ON `payments` (`taken_at`,`kind`,`currency`,`method`,`amount_minor`);--> statement-breakpoint
CREATE TABLE `receipts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`number` integer NOT NULL,
	`kind` text NOT NULL,
	`payment_id` integer NOT NULL,
	`issued_at` text NOT NULL,
	`issued_by` integer,
	`content` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`payment_id`) REFERENCES `payments`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`issued_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `receipts_number_uq` ON `receipts` (`number`);--> statement-breakpoint
CREATE UNIQUE INDEX `receipts_payment_uq` ON `receipts` (`payment_id`);--> statement-breakpoint
CREATE INDEX `clients_created_at_idx` ON `clients` (`created_at`);--> statement-breakpoint
CREATE INDEX `deposit_payments_paid_at_idx` ON `deposit_payments` (`paid_at`,`method`,`amount_minor`,`deposit_id`);--> statement-breakpoint
CREATE INDEX `deposits_status_changed_idx` ON `deposits` (`status`,`status_changed_at`);--> statement-breakpoint
CREATE INDEX `sessions_performed_at_idx` ON `sessions` (`performed_at`,`status`);--> statement-breakpoint
CREATE INDEX `sessions_booked_status_idx` ON `sessions` (`booked_for`,`status`);--> statement-breakpoint
-- hand-written below
-- Money taken and receipts issued are append-only: a refund or correction is a new row, a receipt
-- once issued never changes (a refund issues a credit note).
CREATE TRIGGER `payments_no_update` BEFORE UPDATE ON `payments`
BEGIN
  SELECT RAISE(ABORT, 'payments are append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `payments_no_delete` BEFORE DELETE ON `payments`
BEGIN
  SELECT RAISE(ABORT, 'payments are append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `receipts_no_update` BEFORE UPDATE ON `receipts`
BEGIN
  SELECT RAISE(ABORT, 'receipts never change once issued');
END;
--> statement-breakpoint
CREATE TRIGGER `receipts_no_delete` BEFORE DELETE ON `receipts`
BEGIN
  SELECT RAISE(ABORT, 'receipts never change once issued');
END;
