// Phone numbers as search matches them. The one place a phone number is normalised: the client's
// stored `phone_digits` (api/handlers/clients.ts), the import's duplicate check and search all use it.
// Digits only for now; a country-aware normaliser (libphonenumber-js) can replace the body here.

/** The digits of a phone number, for search and duplicate matching; null when it has none. */
export function phoneSearchDigits(text: string | null | undefined): string | null {
  const digits = (text ?? '').replace(/\D/g, '');
  return digits === '' ? null : digits;
}
