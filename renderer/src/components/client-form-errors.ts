// The client form's field errors come from the contract's schema (api/contract/clients.ts), in
// English, both when the form checks itself and when the API refuses a save. The ones it can give
// are known, so each is shown in the reader's language; any other passes through as written.
import type { MessageId } from '../../../core/i18n/translate';
import { t } from '../i18n';

const KNOWN: Record<string, MessageId> = {
  'Enter the first name.': 'clients.form.error.firstName',
  'Keep the first name under 100 characters.': 'clients.form.error.firstNameLong',
  'Enter the last name.': 'clients.form.error.lastName',
  'Keep the last name under 100 characters.': 'clients.form.error.lastNameLong',
  'Keep the phone number under 40 characters.': 'clients.form.error.phoneLong',
  'Enter a phone number using digits, spaces and + ( ) - only.': 'clients.form.error.phone',
  'Enter an email address like name@example.com.': 'clients.form.error.email',
  'Enter the date of birth.': 'clients.form.error.dateOfBirth',
  'Enter the date of birth as a date.': 'clients.form.error.dateOfBirth',
  'The date of birth is not a real date.': 'clients.form.error.dateOfBirthReal',
  'The date of birth cannot be in the future.': 'clients.form.error.dateOfBirthFuture',
  'Choose a Fitzpatrick type from I to VI.': 'clients.form.error.fitzpatrick',
  'Choose Norwood or Ludwig for this stage.': 'clients.form.error.scale',
  'Choose a Norwood stage from 1 to 7.': 'clients.form.error.norwood',
  'Choose a Ludwig stage: I, II or III.': 'clients.form.error.ludwig',
  'Keep the notes under 10000 characters.': 'clients.form.error.notesLong',
};

/** A client form error in the reader's language (English: exactly as the schema wrote it). */
export function clientFieldError(message: string | undefined): string | undefined {
  if (message === undefined) return undefined;
  const id = KNOWN[message];
  return id ? t(id) : message;
}
