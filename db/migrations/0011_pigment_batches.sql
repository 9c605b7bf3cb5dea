CREATE TABLE `pigment_batches` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`pigment_id` integer NOT NULL,
	`batch_number` text NOT NULL,
	`expires_on` text NOT NULL,
	`opened_on` text,
	`in_stock` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`pigment_id`) REFERENCES `pigments`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "pigment_batches_in_stock_range" CHECK("pigment_batches"."in_stock" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `pigment_batches_pigment_number_uq` ON `pigment_batches` (`pigment_id`,"batch_number" COLLATE NOCASE);--> statement-breakpoint
CREATE INDEX `pigment_batches_expires_idx` ON `pigment_batches` (`expires_on`);--> statement-breakpoint
CREATE INDEX `sessions_pigment_batch_idx` ON `sessions` ("pigment_batch" COLLATE NOCASE) WHERE "sessions"."pigment_batch" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `sessions_performed_idx` ON `sessions` (`client_id`,`performed_at`) WHERE "sessions"."status" = 'performed';