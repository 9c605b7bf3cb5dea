// The rules for an export's passphrase, shared by the contract (the form's field errors) and the
// cipher (db/export-cipher.ts), which refuses a short one whoever calls it.
export const MIN_PASSPHRASE_LENGTH = 12;
export const MAX_PASSPHRASE_LENGTH = 1024;
export const PASSPHRASE_TOO_SHORT = `Choose a passphrase of at least ${MIN_PASSPHRASE_LENGTH} characters. A few words you will remember are easiest.`;
export const PASSPHRASES_DIFFER = 'The two passphrases differ. Enter the same passphrase twice.';
/** Said wherever a plain export is chosen (the form's checkbox, the command line's --plain). */
export const PLAIN_EXPORT_WARNING =
  'A plain export is not encrypted: its files hold clients’ medical records that anyone who gets the folder can read.';
