CREATE TABLE `change_keys` (
	`key` text PRIMARY KEY NOT NULL,
	`channel` text NOT NULL,
	`input_hash` text NOT NULL,
	`result` text NOT NULL,
	`staff_id` integer,
	`saved_at` text,
	`received_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `change_keys_received_idx` ON `change_keys` (`received_at`);