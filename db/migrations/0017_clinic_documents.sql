CREATE TABLE `clinic_documents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`version` integer NOT NULL,
	`title` text NOT NULL,
	`body` text NOT NULL,
	`questions` text NOT NULL,
	`created_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`created_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `clinic_documents_kind_version_uq` ON `clinic_documents` (`kind`,`version`);--> statement-breakpoint
CREATE TABLE `signed_documents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` integer NOT NULL,
	`document_id` integer NOT NULL,
	`kind` text NOT NULL,
	`questionnaire_id` integer,
	`answers` text,
	`method` text NOT NULL,
	`signer_name` text NOT NULL,
	`signature_png` text,
	`scan_sha256` text,
	`practitioner_id` integer NOT NULL,
	`practitioner_name` text NOT NULL,
	`practitioner_role` text NOT NULL,
	`practitioner_signature_png` text,
	`signed_at` text NOT NULL,
	`time_zone` text NOT NULL,
	`content_sha256` text NOT NULL,
	`pdf_sha256` text,
	`pdf_bytes` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`document_id`) REFERENCES `clinic_documents`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`questionnaire_id`) REFERENCES `clinic_documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`practitioner_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `signed_documents_client_idx` ON `signed_documents` (`client_id`,`kind`);--> statement-breakpoint
ALTER TABLE `intakes` ADD `questionnaire_id` integer REFERENCES clinic_documents(id);--> statement-breakpoint
-- hand-written below
-- Version 1 of the questionnaire: the 15 questions Stipple always asked, so every intake on file
-- points at the version it answered (api/seed-documents.ts writes its audit entry at the next start).
INSERT INTO `clinic_documents` (`kind`, `version`, `title`, `body`, `questions`) VALUES ('questionnaire', 1, 'Medical questionnaire', 'Please answer every question. Your answers stay in your chart at this clinic.', '[{"key":"blood_thinners","kind":"yes_no","text":"Taking blood thinners (warfarin, aspirin, others)?","required":true,"tier":"doctor_letter","waitDays":null,"records":false,"options":[]},{"key":"heart_blood_pressure","kind":"yes_no","text":"High blood pressure or a heart condition?","required":true,"tier":"doctor_letter","waitDays":null,"records":false,"options":[]},{"key":"diabetes","kind":"yes_no","text":"Diabetes?","required":true,"tier":"doctor_letter","waitDays":null,"records":false,"options":[]},{"key":"pregnant","kind":"yes_no","text":"Pregnant or breast-feeding?","required":true,"tier":"temporary","waitDays":null,"records":false,"options":[]},{"key":"keloids","kind":"yes_no","text":"Prone to keloid or raised scars?","required":true,"tier":"absolute","waitDays":null,"records":false,"options":[]},{"key":"scalp_skin","kind":"yes_no","text":"Psoriasis, eczema or another condition on the scalp?","required":true,"tier":"temporary","waitDays":null,"records":false,"options":[]},{"key":"retinoids_steroids","kind":"yes_no","text":"Accutane, Retin-A or steroids in the last 6 months?","required":true,"tier":"temporary","waitDays":null,"records":false,"options":[]},{"key":"allergies","kind":"yes_no","text":"Allergies (pigments, metals, anaesthetics, latex)?","required":true,"tier":"doctor_letter","waitDays":null,"records":false,"options":[]},{"key":"pigment_reaction","kind":"yes_no","text":"A reaction to a tattoo or pigment before?","required":true,"tier":"absolute","waitDays":null,"records":false,"options":[]},{"key":"epilepsy","kind":"yes_no","text":"Epilepsy?","required":true,"tier":"doctor_letter","waitDays":null,"records":false,"options":[]},{"key":"bloodborne","kind":"yes_no","text":"Hepatitis, HIV or another blood-borne condition?","required":true,"tier":"doctor_letter","waitDays":null,"records":false,"options":[]},{"key":"chemotherapy","kind":"yes_no","text":"Chemotherapy in the last 12 months?","required":true,"tier":"temporary","waitDays":null,"records":false,"options":[]},{"key":"laser","kind":"yes_no","text":"Laser treatment on the scalp in the last 90 days?","required":true,"tier":"temporary","waitDays":null,"records":false,"options":[]},{"key":"temporary_alopecia","kind":"yes_no","text":"Hair loss that may be temporary (stress, illness)?","required":true,"tier":"temporary","waitDays":null,"records":false,"options":[]},{"key":"sunburn","kind":"yes_no","text":"Sunburn on the scalp now?","required":true,"tier":"temporary","waitDays":null,"records":false,"options":[]}]');
--> statement-breakpoint
UPDATE `intakes` SET `questionnaire_id` = (SELECT `id` FROM `clinic_documents` WHERE `kind` = 'questionnaire' AND `version` = 1) WHERE `questionnaire_id` IS NULL;
--> statement-breakpoint
-- A signed document is never edited: the only change allowed is recording its PDF, once.
CREATE TRIGGER `signed_documents_never_edited` BEFORE UPDATE ON `signed_documents`
WHEN OLD.`pdf_sha256` IS NOT NULL OR NEW.`pdf_sha256` IS NULL
  OR NEW.`id` IS NOT OLD.`id` OR NEW.`client_id` IS NOT OLD.`client_id` OR NEW.`document_id` IS NOT OLD.`document_id`
  OR NEW.`kind` IS NOT OLD.`kind` OR NEW.`questionnaire_id` IS NOT OLD.`questionnaire_id` OR NEW.`answers` IS NOT OLD.`answers`
  OR NEW.`method` IS NOT OLD.`method` OR NEW.`signer_name` IS NOT OLD.`signer_name` OR NEW.`signature_png` IS NOT OLD.`signature_png`
  OR NEW.`scan_sha256` IS NOT OLD.`scan_sha256` OR NEW.`practitioner_id` IS NOT OLD.`practitioner_id`
  OR NEW.`practitioner_name` IS NOT OLD.`practitioner_name` OR NEW.`practitioner_role` IS NOT OLD.`practitioner_role`
  OR NEW.`practitioner_signature_png` IS NOT OLD.`practitioner_signature_png` OR NEW.`signed_at` IS NOT OLD.`signed_at`
  OR NEW.`time_zone` IS NOT OLD.`time_zone` OR NEW.`content_sha256` IS NOT OLD.`content_sha256` OR NEW.`created_at` IS NOT OLD.`created_at`
BEGIN
  SELECT RAISE(ABORT, 'A signed document is never edited: a change is a new document.');
END;
--> statement-breakpoint
CREATE TRIGGER `clinic_documents_never_edited` BEFORE UPDATE ON `clinic_documents`
BEGIN
  SELECT RAISE(ABORT, 'A clinic document version is never edited: a save makes a new version.');
END;
