// Deutsch. Same ids as messages-en.ts; `Catalog` makes the compiler refuse a missing or extra one.
import { AREAS } from './areas';
import type { Catalog } from './messages-en';

const base = {
  'app.skipToContent': 'Zum Inhalt springen',
  'nav.main': 'Hauptmenü',
  'nav.clients': 'Kunden',
  'nav.reception': 'Empfang',
  'nav.aftercare': 'Nachsorge',
  'nav.forms': 'Formulare',
  'nav.traceability': 'Rückverfolgung',
  'nav.reports': 'Berichte',
  'nav.settings': 'Einstellungen',
  'staff.language.title': 'Ihre Sprache',
  'staff.language': 'Sprache der App',
  'staff.language.clinic': 'Die der Praxis ({language})',
  'staff.language.hint':
    'Datum, Uhrzeit und Beträge richten sich ebenfalls danach. Die der Praxis steht unter Einstellungen → Termine und Anzahlungen.',
  'settings.locale.label': 'Sprache und Region für App, Datum und Beträge',
  'settings.locale.hint':
    'Etwa de-DE, de-AT, en-GB oder es-ES. Die App gibt es auf Deutsch, Englisch und Spanisch; andere Sprachen zeigen Englisch. Listen ordnen Namen in ihrer Reihenfolge.',
  'dateField.incomplete': 'Geben Sie das ganze Datum ein: Tag, Monat und Jahr.',
  'dateField.incompleteTime': 'Geben Sie Datum und Uhrzeit ganz ein: Tag, Monat, Jahr, Stunde und Minute.',
  'dateField.noSuchDay': 'Der {month} hat keinen {day}. Tag. Prüfen Sie das Datum.',
} satisfies Partial<Catalog>;

export const de: Catalog = {
  ...base,
  ...AREAS.aftercare.de,
  ...AREAS.api.de,
  ...AREAS.auth.de,
  ...AREAS.book.de,
  ...AREAS.chart.de,
  ...AREAS.clients.de,
  ...AREAS.common.de,
  ...AREAS.consent.de,
  ...AREAS.printouts.de,
  ...AREAS.reception.de,
  ...AREAS.reports.de,
  ...AREAS.session.de,
  ...AREAS.settings.de,
  ...AREAS.traceability.de,
  ...AREAS.vocab.de,
  ...AREAS.bookGrid.de,
  ...AREAS.forms.de,
  ...AREAS.photos.de,
  ...AREAS.rights.de,
  ...AREAS.checks.de,
  ...AREAS.refusals.de,
  ...AREAS.offline.de,
  ...AREAS.permissions.de,
  ...AREAS.depositRules.de,
  ...AREAS.dataErrors.de,
  ...AREAS.moveIn.de,
  ...AREAS.shell.de,
  ...AREAS.startup.de,
};
