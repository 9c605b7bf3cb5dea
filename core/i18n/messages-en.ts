// The English catalog: the source every other language is checked against (catalogs.test.ts, and
// the compiler: a catalog typed `Catalog` that misses a key or adds one does not build). Messages are
// ICU MessageFormat ({name}, {count, plural, one {…} other {…}}); ids say where they are read.
import { AREAS } from './areas';

const base = {
  'app.skipToContent': 'Skip to content',
  'nav.main': 'Main',
  'nav.clients': 'Clients',
  'nav.reception': 'Reception',
  'nav.aftercare': 'Aftercare',
  'nav.forms': 'Forms',
  'nav.traceability': 'Traceability',
  'nav.reports': 'Reports',
  'nav.settings': 'Settings',
  'staff.language.title': 'Your language',
  'staff.language': 'Language of the app',
  'staff.language.clinic': 'The clinic’s ({language})',
  'staff.language.hint': 'Dates, times and money follow it too. The clinic’s is set under Settings → Bookings and deposits.',
  'settings.locale.label': 'Language and region for the app, dates and money',
  'settings.locale.hint':
    'Such as en-GB, en-IE, de-DE or es-ES. The app is in English, German and Spanish; other languages read English. Lists sort names in its order.',
  'dateField.incomplete': 'Enter the whole date: day, month and year.',
  'dateField.incompleteTime': 'Enter the whole date and time: day, month, year, hour and minute.',
  'dateField.noSuchDay': 'There is no day {day} in {month}. Check the date.',
} as const;

/** The app's own messages and every area's (areas/), in English. */
export const en = {
  ...base,
  ...AREAS.aftercare.en,
  ...AREAS.api.en,
  ...AREAS.auth.en,
  ...AREAS.book.en,
  ...AREAS.chart.en,
  ...AREAS.clients.en,
  ...AREAS.common.en,
  ...AREAS.consent.en,
  ...AREAS.printouts.en,
  ...AREAS.reception.en,
  ...AREAS.reports.en,
  ...AREAS.session.en,
  ...AREAS.settings.en,
  ...AREAS.traceability.en,
  ...AREAS.vocab.en,
  ...AREAS.bookGrid.en,
  ...AREAS.forms.en,
  ...AREAS.photos.en,
  ...AREAS.rights.en,
  ...AREAS.checks.en,
  ...AREAS.refusals.en,
  ...AREAS.offline.en,
  ...AREAS.permissions.en,
  ...AREAS.depositRules.en,
  ...AREAS.dataErrors.en,
  ...AREAS.moveIn.en,
  ...AREAS.shell.en,
  ...AREAS.startup.en,
};

export type MessageId = keyof typeof en;
/** Every other language: the same ids, each message in that language. */
export type Catalog = { readonly [K in MessageId]: string };
