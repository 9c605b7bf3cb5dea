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
CREATE TABLE `retention_similar_tallies` (
	`fitzpatrick` integer NOT NULL,
	`zone` text NOT NULL,
	`dimension` text NOT NULL,
	`key` text NOT NULL,
	`rating` text NOT NULL,
	`n` integer NOT NULL,
	PRIMARY KEY(`fitzpatrick`, `zone`, `dimension`, `key`, `rating`)
);
--> statement-breakpoint
CREATE TABLE `retention_tallies` (
	`month` text NOT NULL,
	`practitioner_id` integer NOT NULL,
	`dimension` text NOT NULL,
	`key` text NOT NULL,
	`rating` text NOT NULL,
	`n` integer NOT NULL,
	PRIMARY KEY(`month`, `practitioner_id`, `dimension`, `key`, `rating`)
);
--> statement-breakpoint
CREATE INDEX `sessions_pigment_batch_idx` ON `sessions` ("pigment_batch" COLLATE NOCASE) WHERE "sessions"."pigment_batch" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `sessions_performed_idx` ON `sessions` (`client_id`,`performed_at`) WHERE "sessions"."status" = 'performed';--> statement-breakpoint
-- hand-written below
-- The retention breakdown's kept counts for the charts already on file: the same SQL as
-- rebuildRetentionTallies() in db/queries/retention-breakdown.ts (db/migrations.test.ts checks they agree).
DELETE FROM retention_tallies;

WITH assessed AS (
  SELECT s.id, s.client_id, s.performed_at,
    lag(s.performed_at) OVER w AS applied_at,
    lag(s.pigment_brand) OVER w AS brand,
    lag(s.pigment_shade) OVER w AS shade,
    lag(s.dilution) OVER w AS dilution,
    lag(s.needle) OVER w AS needle,
    lag(s.practitioner_id) OVER w AS practitioner_id
  FROM sessions s INDEXED BY sessions_performed_idx
  WHERE s.status = 'performed' AND 1
  WINDOW w AS (PARTITION BY s.client_id ORDER BY s.performed_at)
),
cases AS MATERIALIZED (
  SELECT substr(a.applied_at, 1, 7) AS month, coalesce(a.practitioner_id, 0) AS practitioner_id,
    coalesce(a.brand || ' · ' || a.shade, '') AS shade, coalesce(a.dilution, '') AS dilution,
    coalesce(a.needle, '') AS needle, coalesce(c.fitzpatrick, '') AS fitzpatrick, r.zone AS zone,
    c.case_type AS case_type,
    CASE WHEN (julianday(a.performed_at) - julianday(a.applied_at)) < 14 THEN 'under_2w' WHEN (julianday(a.performed_at) - julianday(a.applied_at)) < 29 THEN '2_4w' WHEN (julianday(a.performed_at) - julianday(a.applied_at)) < 183 THEN '1_6m' ELSE 'over_6m' END AS gap,
    r.rating AS rating
  FROM assessed a
  JOIN retention_notes r ON r.session_id = a.id
  JOIN clients c ON c.id = a.client_id
  WHERE a.applied_at IS NOT NULL
)
INSERT INTO retention_tallies (month, practitioner_id, dimension, key, rating, n)
SELECT month, practitioner_id, 'shade' AS dimension, CAST(shade AS TEXT) AS key, rating, count(*) AS n FROM cases GROUP BY 1, 2, 4, 5
UNION ALL
SELECT month, practitioner_id, 'dilution' AS dimension, CAST(dilution AS TEXT) AS key, rating, count(*) AS n FROM cases GROUP BY 1, 2, 4, 5
UNION ALL
SELECT month, practitioner_id, 'needle' AS dimension, CAST(needle AS TEXT) AS key, rating, count(*) AS n FROM cases GROUP BY 1, 2, 4, 5
UNION ALL
SELECT month, practitioner_id, 'fitzpatrick' AS dimension, CAST(fitzpatrick AS TEXT) AS key, rating, count(*) AS n FROM cases GROUP BY 1, 2, 4, 5
UNION ALL
SELECT month, practitioner_id, 'zone' AS dimension, CAST(zone AS TEXT) AS key, rating, count(*) AS n FROM cases GROUP BY 1, 2, 4, 5
UNION ALL
SELECT month, practitioner_id, 'caseType' AS dimension, CAST(case_type AS TEXT) AS key, rating, count(*) AS n FROM cases GROUP BY 1, 2, 4, 5
UNION ALL
SELECT month, practitioner_id, 'gap' AS dimension, CAST(gap AS TEXT) AS key, rating, count(*) AS n FROM cases GROUP BY 1, 2, 4, 5;
DELETE FROM retention_similar_tallies;

WITH assessed AS (
  SELECT s.id, s.client_id, s.performed_at,
    lag(s.performed_at) OVER w AS applied_at,
    lag(s.pigment_brand) OVER w AS brand,
    lag(s.pigment_shade) OVER w AS shade,
    lag(s.dilution) OVER w AS dilution,
    lag(s.needle) OVER w AS needle,
    lag(s.practitioner_id) OVER w AS practitioner_id
  FROM sessions s INDEXED BY sessions_performed_idx
  WHERE s.status = 'performed' AND 1
  WINDOW w AS (PARTITION BY s.client_id ORDER BY s.performed_at)
),
cases AS MATERIALIZED (
  SELECT substr(a.applied_at, 1, 7) AS month, coalesce(a.practitioner_id, 0) AS practitioner_id,
    coalesce(a.brand || ' · ' || a.shade, '') AS shade, coalesce(a.dilution, '') AS dilution,
    coalesce(a.needle, '') AS needle, coalesce(c.fitzpatrick, '') AS fitzpatrick, r.zone AS zone,
    c.case_type AS case_type,
    CASE WHEN (julianday(a.performed_at) - julianday(a.applied_at)) < 14 THEN 'under_2w' WHEN (julianday(a.performed_at) - julianday(a.applied_at)) < 29 THEN '2_4w' WHEN (julianday(a.performed_at) - julianday(a.applied_at)) < 183 THEN '1_6m' ELSE 'over_6m' END AS gap,
    r.rating AS rating
  FROM assessed a
  JOIN retention_notes r ON r.session_id = a.id
  JOIN clients c ON c.id = a.client_id
  WHERE a.applied_at IS NOT NULL
)
INSERT INTO retention_similar_tallies (fitzpatrick, zone, dimension, key, rating, n)
SELECT fitzpatrick, zone, 'dilution' AS dimension, dilution AS key, rating, count(*) AS n FROM cases WHERE fitzpatrick <> '' GROUP BY 1, 2, 4, 5
UNION ALL
SELECT fitzpatrick, zone, 'shade' AS dimension, shade AS key, rating, count(*) AS n FROM cases WHERE fitzpatrick <> '' GROUP BY 1, 2, 4, 5;
