DROP INDEX `clients_last_name_idx`;--> statement-breakpoint
DROP INDEX `clients_first_name_idx`;--> statement-breakpoint
DROP INDEX `clients_phone_digits_idx`;--> statement-breakpoint
DROP INDEX `clients_email_idx`;--> statement-breakpoint
CREATE INDEX `clients_archived_idx` ON `clients` (`archived_at`) WHERE "clients"."archived_at" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `clients_last_name_idx` ON `clients` ("last_name" COLLATE NOCASE,"first_name" COLLATE NOCASE,`id`,`archived_at`,"email" COLLATE NOCASE,`phone_digits`);--> statement-breakpoint
CREATE INDEX `clients_first_name_idx` ON `clients` ("first_name" COLLATE NOCASE,"last_name" COLLATE NOCASE,`id`,`archived_at`,"email" COLLATE NOCASE,`phone_digits`);--> statement-breakpoint
CREATE INDEX `clients_phone_digits_idx` ON `clients` (`phone_digits`,"last_name" COLLATE NOCASE,"first_name" COLLATE NOCASE,`id`,`archived_at`,"email" COLLATE NOCASE);--> statement-breakpoint
CREATE INDEX `clients_email_idx` ON `clients` ("email" COLLATE NOCASE,"last_name" COLLATE NOCASE,"first_name" COLLATE NOCASE,`id`,`archived_at`,`phone_digits`);