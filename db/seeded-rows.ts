// Rows the migrations themselves write into every new database. They have no audit entry (no one
// made them), so `verify` accepts them only while they hold exactly what the migration wrote, and
// an import does not count them as data already there. (The API's first start gives them their entry:
// api/seed-documents.ts.)
import { isDeepStrictEqual } from 'node:util';
import { DEFAULT_QUESTIONNAIRE_BODY, DEFAULT_QUESTIONNAIRE_TITLE, DEFAULT_QUESTIONS } from '../core/clinic-documents';

/** Version 1 of the questionnaire, as migration `clinic_documents` seeds it from the 15 questions. */
export const SEEDED_QUESTIONNAIRE = {
  kind: 'questionnaire',
  version: 1,
  title: DEFAULT_QUESTIONNAIRE_TITLE,
  body: DEFAULT_QUESTIONNAIRE_BODY,
  questions: DEFAULT_QUESTIONS,
  createdBy: null,
};

/** SQL conditions (no alias) naming the seeded rows of a table: not "data" to an import. */
export const SEEDED_ROW_SQL: Record<string, string> = {
  clinic_documents: "kind = 'questionnaire' AND version = 1 AND created_by IS NULL",
};

/** True when a row without entries (its audited image) is a migration's seed, untouched. */
export function isUntouchedSeed(table: string, image: Record<string, unknown>): boolean {
  if (table !== 'clinic_documents') return false;
  const { id: _id, createdAt: _at, ...rest } = image;
  return isDeepStrictEqual(JSON.parse(JSON.stringify(rest)), JSON.parse(JSON.stringify(SEEDED_QUESTIONNAIRE)));
}
