DROP INDEX `clients_last_name_idx`;--> statement-breakpoint
DROP INDEX `clients_first_name_idx`;--> statement-breakpoint
DROP INDEX `clients_phone_digits_idx`;--> statement-breakpoint
DROP INDEX `clients_email_idx`;--> statement-breakpoint
ALTER TABLE `clients` ADD `search_first` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `clients` ADD `search_last` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `clients` ADD `search_other` text;--> statement-breakpoint
ALTER TABLE `clients` ADD `sort_first` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `clients` ADD `sort_last` text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX `clients_name_order_idx` ON `clients` (`sort_last`,`sort_first`,`id`,`archived_at`,`search_last`,`search_first`,`search_other`,"email" COLLATE NOCASE,`phone_digits`);--> statement-breakpoint
CREATE INDEX `clients_search_last_idx` ON `clients` (`search_last`,`sort_last`,`sort_first`,`id`,`archived_at`,`search_first`,`search_other`,"email" COLLATE NOCASE,`phone_digits`);--> statement-breakpoint
CREATE INDEX `clients_search_first_idx` ON `clients` (`search_first`,`sort_last`,`sort_first`,`id`,`archived_at`,`search_last`,`search_other`,"email" COLLATE NOCASE,`phone_digits`);--> statement-breakpoint
CREATE INDEX `clients_search_other_idx` ON `clients` (`search_other`,`sort_last`,`sort_first`,`id`,`archived_at`,`search_last`,`search_first`,"email" COLLATE NOCASE,`phone_digits`) WHERE "clients"."search_other" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `clients_phone_digits_idx` ON `clients` (`phone_digits`,`sort_last`,`sort_first`,`id`,`archived_at`,`search_last`,`search_first`,`search_other`,"email" COLLATE NOCASE);--> statement-breakpoint
CREATE INDEX `clients_email_idx` ON `clients` ("email" COLLATE NOCASE,`sort_last`,`sort_first`,`id`,`archived_at`,`search_last`,`search_first`,`search_other`,`phone_digits`);--> statement-breakpoint
-- hand-written below
-- The keys of the clients already there are not SQL's to compute (Unicode folding, the locale's
-- collation): db/migrate.ts fills them with db/client-keys.ts in this migration's transaction.
SELECT 1;
