// What a column of another system's export can become in Stipple, and the header names each
// system's client export uses (README, "Moving in": where they come from and what is assumed).

export const IMPORT_FIELDS = ['firstName', 'lastName', 'fullName', 'phone', 'email', 'dateOfBirth', 'notes', 'visit', 'ignore'] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Fields whose cells are dates: a cell that is not a date refuses its row. */
export const DATE_FIELDS: ReadonlySet<ImportField> = new Set(['dateOfBirth', 'visit']);

export const SOURCE_SYSTEMS = ['fresha', 'vagaro', 'square', 'pabau'] as const;
export type SourceSystem = (typeof SOURCE_SYSTEMS)[number];

export const SYSTEM_NAMES: Record<SourceSystem, string> = { fresha: 'Fresha', vagaro: 'Vagaro', square: 'Square', pabau: 'Pabau' };

/**
 * Each system's client export headers, as they appear in the file. Fresha's, Vagaro's and Square's
 * come from published import scripts and help pages; Pabau's are assumed (see README).
 */
export const KNOWN_HEADERS: Record<SourceSystem, Record<string, ImportField>> = {
  fresha: {
    'Client ID': 'ignore',
    'First Name': 'firstName',
    'Last Name': 'lastName',
    'Full Name': 'fullName',
    Email: 'email',
    'Mobile Number': 'phone',
    Telephone: 'phone',
    Gender: 'ignore',
    'Date of Birth': 'dateOfBirth',
    Note: 'notes',
    'Referral Source': 'notes',
    Added: 'visit',
    'Last Appointment': 'visit',
    'Next Appointment': 'visit',
    Blocked: 'ignore',
    'Block Reason': 'notes',
  },
  vagaro: {
    'First Name': 'firstName',
    'Last Name': 'lastName',
    Email: 'email',
    Mobile: 'phone',
    Day: 'phone',
    Night: 'phone',
    Birthdate: 'dateOfBirth',
    'Customer Since': 'visit',
    'Last Visited': 'visit',
    'Appointments Booked': 'notes',
    'No Shows/Cancellations': 'notes',
    'Employee Seen': 'notes',
    Tags: 'notes',
    'Refered By': 'notes',
    Gender: 'ignore',
    'Credit Card': 'ignore',
    Bank: 'ignore',
    'Points Earned': 'ignore',
    'Amount Paid': 'ignore',
    'Online Booking': 'ignore',
    Membership: 'notes',
  },
  square: {
    'Reference ID': 'ignore',
    'First Name': 'firstName',
    'Last Name': 'lastName',
    'Email Address': 'email',
    'Phone Number': 'phone',
    Nickname: 'notes',
    Birthday: 'dateOfBirth',
    Memo: 'notes',
    'Square Customer ID': 'ignore',
    'Creation Source': 'ignore',
    'First Visit': 'visit',
    'Last Visit': 'visit',
    'Transaction Count': 'notes',
    'Email Subscription Status': 'ignore',
  },
  pabau: {
    Salutation: 'ignore',
    Fname: 'firstName',
    Lname: 'lastName',
    Email: 'email',
    Mobile: 'phone',
    Phone: 'phone',
    DOB: 'dateOfBirth',
    Gender: 'ignore',
    'Medical Notes': 'notes',
    'Client Notes': 'notes',
    'Last Appointment': 'visit',
    'Next Appointment': 'visit',
  },
};

/** A header as compared: lower case, letters and digits only ("Date of Birth" → "dateofbirth"). */
export const headerKey = (header: string): string => header.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * Headers of no particular system, by what their words say; checked in this order. German and
 * Spanish words too (as headerKey leaves them: "Teléfono" → "telfono"), so a spreadsheet of the
 * clinic's own, or Stipple's own CSV export in German or Spanish ("Kunde", "Cliente"), maps as in English.
 */
const BY_NAME: readonly [RegExp, ImportField][] = [
  [/^(first|given|fore)name$|^firstname|^fname$|^forename|^vorname|^nombre$|^nombredepila/, 'firstName'],
  [/^(last|family|sur)name$|^surname|^lname$|^lastname|^nachname|^familienname|^apellidos?$|^apellido/, 'lastName'],
  [
    /^(full)?name$|^(client|customer|contact)(name)?$|^fullname|^(kunde|kundin|kundenname|vollstndigername)$|^(cliente|nombrecompleto)$/,
    'fullName',
  ],
  [/e?mail|correo/, 'email'],
  [/birth|^dob$|birthday|geburt|nacimiento/, 'dateOfBirth'],
  [/phone|mobile|cell|^tel|mobil|handy|mvil|movil|celular/, 'phone'],
  [/visit(ed)?(date)?$|appointment(date)?$|since$|^(date)?added$|^created(at|on)?$|besuch|termin$|visita|^cita$/, 'visit'],
  [/note|memo|comment|remark|allerg|medical|notiz|anmerkung|bemerkung|^notas?$|observacion|comentario/, 'notes'],
];

/** The field a header suggests by its words alone, or 'ignore'. */
export function fieldByName(header: string): ImportField {
  const key = headerKey(header);
  for (const [pattern, field] of BY_NAME) if (pattern.test(key)) return field;
  return 'ignore';
}
