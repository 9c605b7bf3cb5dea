// A client's erasure: when the clinic's duty to keep medical records allows it, and what may not
// be said in its reason. Pure rules; the erasure itself is api/handlers/erasure.ts.
import { addYears, type IsoDate } from './dates';

/**
 * Default years a clinic keeps a client's medical record after their last treatment: 8, as the
 * NHS Records Management Code of Practice (England) sets for adult health records, and within the
 * 6–10 years most jurisdictions ask of health records (Australia 7, many US states 7–10). A clinic
 * setting (`medicalRecordYears`); 0 means no duty to keep.
 */
export const DEFAULT_MEDICAL_RECORD_YEARS = 8;

/**
 * The first day the record may be erased: `years` after the last day the client was treated or
 * completed their intake (the medical record's last entry); today when there is no such day.
 */
export function earliestErasureDay(lastMedicalDay: IsoDate | null, years: number, today: IsoDate): IsoDate {
  if (lastMedicalDay === null || years <= 0) return today;
  const earliest = addYears(lastMedicalDay, years);
  return earliest > today ? earliest : today;
}

/** What of the client's own details a text holds (case-insensitively), to keep them out of the kept reason. */
export function personalDetailsIn(
  text: string,
  client: { firstName: string; lastName: string; phone: string | null; email: string | null },
): string[] {
  const lower = text.toLowerCase();
  const digits = text.replace(/\D/g, '');
  const found: string[] = [];
  const word = (v: string) =>
    v.trim().length >= 2 && new RegExp(`(^|[^\\p{L}])${escape(v.trim().toLowerCase())}($|[^\\p{L}])`, 'u').test(lower);
  if (word(client.firstName)) found.push('first name');
  if (word(client.lastName)) found.push('last name');
  const phoneDigits = (client.phone ?? '').replace(/\D/g, '');
  if (phoneDigits.length >= 6 && digits.includes(phoneDigits.slice(-6))) found.push('phone');
  if (client.email && lower.includes(client.email.trim().toLowerCase())) found.push('email');
  return found;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
