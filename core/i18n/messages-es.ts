// Español. Same ids as messages-en.ts; `Catalog` makes the compiler refuse a missing or extra one.
import { AREAS } from './areas';
import type { Catalog } from './messages-en';

const base = {
  'app.skipToContent': 'Ir al contenido',
  'nav.main': 'Principal',
  'nav.clients': 'Clientes',
  'nav.reception': 'Recepción',
  'nav.aftercare': 'Cuidados posteriores',
  'nav.forms': 'Formularios',
  'nav.traceability': 'Trazabilidad',
  'nav.reports': 'Informes',
  'nav.settings': 'Ajustes',
  'staff.language.title': 'Su idioma',
  'staff.language': 'Idioma de la aplicación',
  'staff.language.clinic': 'El de la clínica ({language})',
  'staff.language.hint':
    'Las fechas, las horas y los importes también lo siguen. El de la clínica se elige en Ajustes → Citas y depósitos.',
  'settings.locale.label': 'Idioma y región de la aplicación, las fechas y los importes',
  'settings.locale.hint':
    'Por ejemplo es-ES, es-MX, en-GB o de-DE. La aplicación está en español, inglés y alemán; los demás idiomas muestran inglés. Las listas ordenan los nombres según su orden.',
  'dateField.incomplete': 'Escriba la fecha completa: día, mes y año.',
  'dateField.incompleteTime': 'Escriba la fecha y la hora completas: día, mes, año, hora y minuto.',
  'dateField.noSuchDay': 'No existe el día {day} en {month}. Revise la fecha.',
} satisfies Partial<Catalog>;

export const es: Catalog = {
  ...base,
  ...AREAS.aftercare.es,
  ...AREAS.api.es,
  ...AREAS.auth.es,
  ...AREAS.book.es,
  ...AREAS.chart.es,
  ...AREAS.clients.es,
  ...AREAS.common.es,
  ...AREAS.consent.es,
  ...AREAS.printouts.es,
  ...AREAS.reception.es,
  ...AREAS.reports.es,
  ...AREAS.session.es,
  ...AREAS.settings.es,
  ...AREAS.traceability.es,
  ...AREAS.vocab.es,
  ...AREAS.bookGrid.es,
  ...AREAS.forms.es,
  ...AREAS.photos.es,
  ...AREAS.rights.es,
  ...AREAS.checks.es,
  ...AREAS.refusals.es,
  ...AREAS.offline.es,
  ...AREAS.permissions.es,
  ...AREAS.depositRules.es,
  ...AREAS.dataErrors.es,
  ...AREAS.moveIn.es,
  ...AREAS.shell.es,
  ...AREAS.startup.es,
};
