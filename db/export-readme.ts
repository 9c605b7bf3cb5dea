// The README written into every export: what each file is and what each column holds, generated
// from the database itself so it always matches the data beside it.
import type Database from 'better-sqlite3';

const TABLES: Record<string, string> = {
  clients: 'One row per client.',
  intakes: 'The medical questionnaire and consent, completed once at the first session (answers is JSON).',
  contraindications: 'Conditions that limit treatment: absolute, temporary (with an end date) or needing a doctor’s letter.',
  treatment_plans: 'What was quoted: a course of at least two sessions, or a touch-up; price in minor units.',
  sessions: 'Each session booked or performed: pigment, needle, zones (JSON list), notes, and any override reasons.',
  retention_notes: 'How well the previous session’s pigment held, per zone, assessed at a session.',
  shade_changes: 'A change of shade or dilution at a session, with the reason.',
  hairline_requests: 'Alterations the client asked for (e.g. lower the hairline) and what became of them.',
  deposits: 'Booking deposits securing a session of a plan, with their status (required, paid, applied, refunded, forfeited, waived).',
  deposit_payments: 'Each payment towards a deposit.',
  pigments: 'The clinic’s pigment list.',
  pigment_batches: 'Each bottle batch of a pigment: batch number, expiry, the day it was opened and the bottles left in stock.',
  aftercare_templates: 'Aftercare instructions, versioned: an edit adds a new version with the same key.',
  aftercare_prints: 'Each printed aftercare sheet: session, template version, when and by whom.',
  photos:
    'One row per photo: client, session, angle, before/after, size, and the SHA-256 of the picture and of its thumbnail, which name its files in `photos/`. A removed photo keeps its row (removed_at, removed_by, the reason) but not its files.',
  clinic_documents:
    'The clinic’s own forms, versioned: the medical questionnaire (questions is JSON) and the consent texts. An edit adds the next version of its kind.',
  signed_documents:
    'Each consent the client signed: the document version, the answers as signed (JSON), how it was signed, the names, the time and its zone, the SHA-256 of the signed content (printed on the PDF) and of the PDF file, which is `documents/<chart>/<pdf_sha256>.pdf`; a paper consent’s scan is `<scan_sha256>.jpg` beside it.',
  photo_consents: 'Whether the client agreed to clinical photos (when, by whom recorded) and, separately, to marketing use.',
  settings: 'Clinic settings, key → JSON value.',
  staff: 'Staff members and their role. PIN hashes are not exported.',
  audit_log:
    'Every change: when, who (staff id), what record, the action, the record before and after (JSON), and the hash chain that shows the log was not edited.',
};

/** Columns whose meaning in one table differs from the same name elsewhere. */
const TABLE_COLUMNS: Record<string, Record<string, string>> = {
  photos: {
    hash: 'SHA-256 of the picture as a JPEG: its file is `photos/<chart>/<hash>.jpg`.',
    thumb_hash: 'SHA-256 of its 320-pixel thumbnail, a file beside it named the same way.',
  },
};

const COLUMNS: Record<string, string> = {
  id: 'The record’s number, unique within its table.',
  client_id: 'The client (clients.id) this belongs to.',
  created_at: 'When the record was created (UTC, ISO 8601).',
  updated_at: 'When the record was last changed (UTC, ISO 8601).',
  version: 'Increases with every change to the record.',
  amount_minor: 'Amount in minor units (pence, cents) of `currency`.',
  price_minor: 'Price in minor units (pence, cents) of `currency`.',
  paid_minor: 'Sum paid so far, in minor units.',
  currency: 'ISO 4217 currency code, e.g. GBP.',
  session_id: 'The session (sessions.id).',
  plan_id: 'The treatment plan (treatment_plans.id).',
  prev_hash: 'The hash of the audit entry before this one.',
  hash: 'SHA-256 over this entry and prev_hash.',
};

/** How to open the export: the first thing a person reads in README.md. */
function howToOpen(encrypted: boolean): string[] {
  if (!encrypted)
    return [
      '**This export is NOT encrypted.** It holds clients’ medical questionnaires and treatment records as plain',
      'files: anyone who can read this folder can read them. Keep it on an encrypted disk, and delete it when it is',
      'no longer needed.',
      '',
      'Stipple reads it back into a new, empty database: `npm run stipple -- import <this folder> --db <new file>`.',
      '',
    ];
  return [
    '**This export is encrypted** with the passphrase chosen when it was made. Without that passphrase it',
    'cannot be opened, by anyone, Stipple included: keep the passphrase somewhere safe and apart from the export.',
    '',
    'To open it:',
    '',
    '- Into Stipple, as a new database: `npm run stipple -- import <this folder> --db <new file>`, with the passphrase',
    '  in a file named by `--passphrase-file` (mode 600, deleted after) or in the variable `STIPPLE_EXPORT_PASSPHRASE`.',
    '- As plain files for a spreadsheet or another program: `npm run stipple -- decrypt-export <this folder> --to <new folder>`.',
    '  The plain copy is readable by anyone: delete it when you are done.',
    '',
    'The format, for anyone writing their own reader: `stipple-export.json` holds the scrypt parameters',
    '(`encryption.kdf`: N, r, p and a base64 salt). scrypt(passphrase in Unicode NFC, salt, 32 bytes) is the master key;',
    'HKDF-SHA256 with an empty salt and the info `stipple-export file key` derives the 32-byte file key from it.',
    'Each `*.enc` file is the 8 bytes `STPXENC1`, a 12-byte nonce, the AES-256-GCM ciphertext and its 16-byte tag;',
    'the associated data is the file’s path inside the export without `.enc` (e.g. `charts/000001.json`).',
    '`manifest.json.enc` lists every file. The files inside are the same as in a plain export, described below.',
    '',
  ];
}

export function describeColumns(sqlite: Database.Database, tables: string[], now: Date, options: { encrypted: boolean }): string {
  const sealed = options.encrypted ? '.enc' : '';
  const out: string[] = [
    '# Stipple export',
    '',
    ...howToOpen(options.encrypted),
    '## What is in it',
    '',
    `Exported ${now.toISOString()}. Times are UTC in ISO 8601; calendar dates are YYYY-MM-DD; money is an`,
    'integer in minor units beside its currency code; true/false are stored as 1/0.',
    '',
    `- \`charts/*.json${sealed}\`: one file per client with their row and every row that belongs to their chart, by table.`,
    `- \`photos/<chart>/<sha256>.jpg${sealed}\`: each chart's photos and their thumbnails, in a folder named as its chart's`,
    '  file without `.json`; each named by the SHA-256 of its bytes (the `hash` and `thumb_hash` of its row in `photos`),',
    '  so anyone can check a picture is unaltered. Plain JPEGs with no metadata (no GPS, camera or owner): Stipple',
    '  removed it when the photo came in. Removed photos are not included. These are health data: keep them as private',
    '  as the charts.',
    `- \`documents/<chart>/<sha256>.pdf${sealed}\`: each consent the client signed, as the PDF made when it was signed,`,
    '  named by the SHA-256 of the file (`pdf_sha256` in `signed_documents`, and in the audit entry that recorded it); a',
    "  consent signed on paper has its scan beside it as `<scan_sha256>.jpg`. The SHA-256 printed in a PDF's footer is",
    '  that of the signed content (`content_sha256`), since a file cannot contain its own hash.',
    `- \`clinic.json${sealed}\`: everything else (staff, settings, pigments, aftercare templates, the audit log).`,
    `- \`csv/<table>.csv${sealed}\`: each table as CSV, UTF-8 with a header row.`,
    '- `stipple-export.json`: when the export was made and how it is encrypted; `manifest.json' + sealed + '`: the list of files.',
    '',
    'Stipple reads the JSON files back into an empty database. Staff come without PINs: each chooses a new PIN',
    'at their first sign-in. An audit trail that does not check out is refused unless the owner gives a reason.',
    '',
  ];
  for (const t of tables) {
    out.push(`## ${t}`, '', TABLES[t] ?? '', '', '| column | type | required | meaning |', '| --- | --- | --- | --- |');
    const fks = new Map((sqlite.pragma(`foreign_key_list("${t}")`) as { from: string; table: string }[]).map((f) => [f.from, f.table]));
    for (const c of sqlite.pragma(`table_info("${t}")`) as { name: string; type: string; notnull: number }[]) {
      if (t === 'staff' && c.name === 'pin_hash') continue;
      const link = fks.get(c.name);
      const meaning = TABLE_COLUMNS[t]?.[c.name] ?? COLUMNS[c.name] ?? (link ? `Refers to ${link}.id.` : '');
      out.push(`| ${c.name} | ${c.type || 'any'} | ${c.notnull ? 'yes' : 'no'} | ${meaning} |`);
    }
    out.push('');
  }
  return `${out.join('\n')}\n`;
}
