CREATE TABLE `aftercare_prints` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`session_id` integer NOT NULL,
	`template_id` integer NOT NULL,
	`printed_at` text NOT NULL,
	`printed_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`session_id`) REFERENCES `sessions`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`template_id`) REFERENCES `aftercare_templates`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`printed_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `aftercare_prints_session_idx` ON `aftercare_prints` (`session_id`);--> statement-breakpoint
CREATE TABLE `aftercare_templates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`key` text NOT NULL,
	`version` integer NOT NULL,
	`name` text NOT NULL,
	`session_kind` text DEFAULT 'any' NOT NULL,
	`rules` text NOT NULL,
	`advice` text NOT NULL,
	`created_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`created_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `aftercare_templates_key_version_uq` ON `aftercare_templates` (`key`,`version`);--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`staff_id` integer,
	`entity` text NOT NULL,
	`entity_id` text NOT NULL,
	`action` text NOT NULL,
	`before` text,
	`after` text,
	`reason` text,
	`prev_hash` text NOT NULL,
	`hash` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `audit_entity_idx` ON `audit_log` (`entity`,`entity_id`);--> statement-breakpoint
CREATE TABLE `clients` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`first_name` text NOT NULL,
	`last_name` text NOT NULL,
	`phone` text,
	`phone_digits` text,
	`email` text,
	`date_of_birth` text,
	`hair_loss_scale` text,
	`hair_loss_stage` text,
	`fitzpatrick` integer,
	`case_type` text DEFAULT 'hair_loss' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`archived_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	CONSTRAINT "clients_fitzpatrick_range" CHECK("clients"."fitzpatrick" IS NULL OR "clients"."fitzpatrick" BETWEEN 1 AND 6)
);
--> statement-breakpoint
CREATE INDEX `clients_last_name_idx` ON `clients` ("last_name" COLLATE NOCASE,"first_name" COLLATE NOCASE);--> statement-breakpoint
CREATE INDEX `clients_first_name_idx` ON `clients` ("first_name" COLLATE NOCASE);--> statement-breakpoint
CREATE INDEX `clients_phone_digits_idx` ON `clients` (`phone_digits`);--> statement-breakpoint
CREATE INDEX `clients_email_idx` ON `clients` ("email" COLLATE NOCASE);--> statement-breakpoint
CREATE TABLE `contraindications` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` integer NOT NULL,
	`condition` text NOT NULL,
	`tier` text NOT NULL,
	`until` text,
	`doctor_letter_received_at` text,
	`note` text DEFAULT '' NOT NULL,
	`resolved_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `contraindications_client_idx` ON `contraindications` (`client_id`);--> statement-breakpoint
CREATE TABLE `deposit_payments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`deposit_id` integer NOT NULL,
	`amount_minor` integer NOT NULL,
	`method` text NOT NULL,
	`receipt` text NOT NULL,
	`paid_at` text NOT NULL,
	`recorded_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`deposit_id`) REFERENCES `deposits`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`recorded_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "payments_positive" CHECK("deposit_payments"."amount_minor" > 0)
);
--> statement-breakpoint
CREATE INDEX `deposit_payments_deposit_idx` ON `deposit_payments` (`deposit_id`);--> statement-breakpoint
CREATE TABLE `deposits` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`plan_id` integer NOT NULL,
	`session_number` integer NOT NULL,
	`purpose` text DEFAULT 'booking' NOT NULL,
	`amount_minor` integer NOT NULL,
	`currency` text NOT NULL,
	`status` text DEFAULT 'required' NOT NULL,
	`paid_minor` integer DEFAULT 0 NOT NULL,
	`paid_at` text,
	`method` text,
	`receipt` text,
	`note` text DEFAULT '' NOT NULL,
	`override_reason` text,
	`applied_session_id` integer,
	`status_reason` text,
	`status_changed_at` text,
	`status_changed_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `treatment_plans`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`applied_session_id`) REFERENCES `sessions`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`status_changed_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "deposits_amount_positive" CHECK("deposits"."amount_minor" > 0),
	CONSTRAINT "deposits_paid_range" CHECK("deposits"."paid_minor" >= 0)
);
--> statement-breakpoint
CREATE INDEX `deposits_plan_idx` ON `deposits` (`plan_id`);--> statement-breakpoint
CREATE INDEX `deposits_status_idx` ON `deposits` (`status`);--> statement-breakpoint
CREATE TABLE `hairline_requests` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` integer NOT NULL,
	`raised_at_session_id` integer,
	`kind` text NOT NULL,
	`request` text NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`done_at_session_id` integer,
	`resolution_note` text DEFAULT '' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`raised_at_session_id`) REFERENCES `sessions`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`done_at_session_id`) REFERENCES `sessions`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `hairline_requests_client_idx` ON `hairline_requests` (`client_id`);--> statement-breakpoint
CREATE TABLE `intakes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` integer NOT NULL,
	`answers` text NOT NULL,
	`completed_at` text,
	`completed_by` integer,
	`consent_given_at` text,
	`consent_witnessed_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`completed_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`consent_witnessed_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `intakes_client_id_unique` ON `intakes` (`client_id`);--> statement-breakpoint
CREATE TABLE `pigments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`brand` text NOT NULL,
	`shade` text NOT NULL,
	`darkness` integer DEFAULT 0 NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `pigments_brand_shade_uq` ON `pigments` (`brand`,`shade`);--> statement-breakpoint
CREATE TABLE `retention_notes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`session_id` integer NOT NULL,
	`zone` text NOT NULL,
	`rating` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`session_id`) REFERENCES `sessions`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `retention_session_zone_uq` ON `retention_notes` (`session_id`,`zone`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` integer NOT NULL,
	`plan_id` integer,
	`kind` text DEFAULT 'course' NOT NULL,
	`number` integer NOT NULL,
	`status` text DEFAULT 'booked' NOT NULL,
	`booked_for` text,
	`performed_at` text,
	`practitioner_id` integer,
	`prep_done` integer DEFAULT false NOT NULL,
	`prep_notes` text DEFAULT '' NOT NULL,
	`assessment_notes` text DEFAULT '' NOT NULL,
	`pigment_brand` text,
	`pigment_shade` text,
	`dilution` text,
	`pigment_batch` text,
	`pigment_expiry` text,
	`needle` text,
	`zones` text DEFAULT '[]' NOT NULL,
	`density_notes` text DEFAULT '' NOT NULL,
	`blending_notes` text DEFAULT '' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`outside_window_reason` text,
	`deposit_override_reason` text,
	`contraindication_override_reason` text,
	`cancel_reason` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`plan_id`) REFERENCES `treatment_plans`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`practitioner_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "sessions_number_positive" CHECK("sessions"."number" >= 1)
);
--> statement-breakpoint
CREATE INDEX `sessions_client_idx` ON `sessions` (`client_id`,`number`);--> statement-breakpoint
CREATE INDEX `sessions_plan_idx` ON `sessions` (`plan_id`);--> statement-breakpoint
CREATE INDEX `sessions_booked_for_idx` ON `sessions` (`booked_for`);--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `shade_changes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`session_id` integer NOT NULL,
	`from_shade` text,
	`to_shade` text,
	`from_dilution` text,
	`to_dilution` text,
	`reason` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`session_id`) REFERENCES `sessions`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `shade_changes_session_idx` ON `shade_changes` (`session_id`);--> statement-breakpoint
CREATE TABLE `staff` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`role` text NOT NULL,
	`pin_hash` text,
	`active` integer DEFAULT true NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `treatment_plans` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` integer NOT NULL,
	`kind` text DEFAULT 'course' NOT NULL,
	`quoted_sessions` integer NOT NULL,
	`price_minor` integer NOT NULL,
	`currency` text NOT NULL,
	`status` text DEFAULT 'quoted' NOT NULL,
	`recall_on` text,
	`notes` text DEFAULT '' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "plans_quoted_sessions_min" CHECK(("treatment_plans"."kind" = 'course' AND "treatment_plans"."quoted_sessions" >= 2) OR ("treatment_plans"."kind" = 'touch_up' AND "treatment_plans"."quoted_sessions" >= 1)),
	CONSTRAINT "plans_price_nonnegative" CHECK("treatment_plans"."price_minor" >= 0)
);
--> statement-breakpoint
CREATE INDEX `plans_client_idx` ON `treatment_plans` (`client_id`);