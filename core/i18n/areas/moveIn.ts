// Words of moveIn in every shipped language (ids start with 'moveIn.'). See ../define.ts.
// Moving in from another system: why a file or a row cannot be imported (core/import/), the cells
// kept as plain text, and the import's refusals (api/client-import/apply.ts). A row's reason is a
// phrase the screen capitalises ("Line 3" | "It has no name."), so each starts in lower case.
import { defineMessages } from '../define';

export const moveInMessages = defineMessages({
  en: {
    'moveIn.row.noName': 'it has no name.',
    'moveIn.row.noLastName': 'it has no last name (“{first}”): Stipple needs a first and a last name.',
    'moveIn.row.noFirstName': 'it has no first name (“{last}”): Stipple needs a first and a last name.',
    'moveIn.row.birthNotDate':
      'the date of birth “{cell}” is not a date (read {order, select, dmy {day first} mdy {month first} other {year first}}).',
    'moveIn.row.birthFuture': 'the date of birth “{cell}” is in the future.',
    'moveIn.row.visitNotDate':
      '{column} “{cell}” is not a date (read {order, select, dmy {day first} mdy {month first} other {year first}}).',
    'moveIn.row.sameClient': 'it is the same client as line {line} (same name and {on, select, phone {phone} other {email}}).',
    'moveIn.cell.wasFormula': 'was a formula in the workbook: its last value was imported as plain text.',
    'moveIn.cell.formulaStart': 'starts with “{char}”, which a spreadsheet would run as a formula: imported as plain text.',
    'moveIn.file.empty': '{name} is empty.',
    'moveIn.file.archive': '{name} is a compressed archive, not a spreadsheet. Export the clients as CSV or Excel (.xlsx).',
    'moveIn.file.oldExcel':
      '{name} is an old Excel (.xls) workbook. Open it in Excel or LibreOffice and save it as .xlsx or CSV, then choose that file.',
    'moveIn.file.pdf': '{name} is a PDF, not a spreadsheet. Export the clients as CSV or Excel (.xlsx).',
    'moveIn.file.binary':
      '{name} is not a spreadsheet Stipple can read (it holds binary data). Export the clients as CSV or Excel (.xlsx).',
    'moveIn.file.noRows': 'The file has no rows.',
    'moveIn.file.oneColumn':
      'The file has only one column: it does not look like a CSV export. Export the clients as CSV or Excel (.xlsx).',
    'moveIn.file.badWorkbook':
      '{name} could not be read as an Excel workbook: it may be damaged or password-protected. Save it again as .xlsx or CSV.',
    'moveIn.file.noSheetRows': '{name} has no rows on its first sheet.',
    'moveIn.file.named': '{name}: {problem}',
    'moveIn.lines.more': '{lines} and {more} more',
    'moveIn.join': '{first} {rest}',
    'moveIn.apply.refused':
      '{count, plural, one {Line {lines} cannot be imported: fix it in the file or skip it.} other {Lines {lines} cannot be imported: fix them in the file or skip them.}} Nothing was imported.',
    'moveIn.apply.undecided':
      '{count, plural, one {# row matches a client} other {# rows match clients}} already in Stipple (line {lines}): choose to skip, merge or add each as new. Nothing was imported.',
    'moveIn.apply.lineRefused': 'Line {line}: {reasons}',
    'moveIn.apply.lineDuplicate': 'Line {line} is {name}, already in Stipple: choose skip, merge or add as new.',
  },
  de: {
    'moveIn.row.noName': 'der Name fehlt.',
    'moveIn.row.noLastName': 'der Nachname fehlt („{first}“): Stipple braucht einen Vor- und einen Nachnamen.',
    'moveIn.row.noFirstName': 'der Vorname fehlt („{last}“): Stipple braucht einen Vor- und einen Nachnamen.',
    'moveIn.row.birthNotDate':
      'das Geburtsdatum „{cell}“ ist kein Datum (gelesen als {order, select, dmy {„Tag zuerst“} mdy {„Monat zuerst“} other {„Jahr zuerst“}}).',
    'moveIn.row.birthFuture': 'das Geburtsdatum „{cell}“ liegt in der Zukunft.',
    'moveIn.row.visitNotDate':
      '{column} „{cell}“ ist kein Datum (gelesen als {order, select, dmy {„Tag zuerst“} mdy {„Monat zuerst“} other {„Jahr zuerst“}}).',
    'moveIn.row.sameClient':
      'es ist derselbe Kunde wie in Zeile {line} (gleicher Name und {on, select, phone {gleiche Telefonnummer} other {gleiche E-Mail}}).',
    'moveIn.cell.wasFormula': 'war in der Arbeitsmappe eine Formel: Der zuletzt berechnete Wert wurde als reiner Text importiert.',
    'moveIn.cell.formulaStart':
      'beginnt mit „{char}“ und würde in einer Tabellenkalkulation als Formel ausgeführt: als reiner Text importiert.',
    'moveIn.file.empty': '{name} ist leer.',
    'moveIn.file.archive': '{name} ist ein komprimiertes Archiv, keine Tabelle. Exportieren Sie die Kunden als CSV oder Excel (.xlsx).',
    'moveIn.file.oldExcel':
      '{name} ist eine alte Excel-Arbeitsmappe (.xls). Öffnen Sie sie in Excel oder LibreOffice, speichern Sie sie als .xlsx oder CSV und wählen Sie dann diese Datei.',
    'moveIn.file.pdf': '{name} ist eine PDF-Datei, keine Tabelle. Exportieren Sie die Kunden als CSV oder Excel (.xlsx).',
    'moveIn.file.binary':
      '{name} ist keine Tabelle, die Stipple lesen kann (sie enthält Binärdaten). Exportieren Sie die Kunden als CSV oder Excel (.xlsx).',
    'moveIn.file.noRows': 'Die Datei enthält keine Zeilen.',
    'moveIn.file.oneColumn':
      'Die Datei hat nur eine Spalte: Sie sieht nicht wie ein CSV-Export aus. Exportieren Sie die Kunden als CSV oder Excel (.xlsx).',
    'moveIn.file.badWorkbook':
      '{name} konnte nicht als Excel-Arbeitsmappe gelesen werden: Sie ist vielleicht beschädigt oder kennwortgeschützt. Speichern Sie sie erneut als .xlsx oder CSV.',
    'moveIn.file.noSheetRows': '{name} enthält auf dem ersten Blatt keine Zeilen.',
    'moveIn.file.named': '{name}: {problem}',
    'moveIn.lines.more': '{lines} und {more} weitere',
    'moveIn.join': '{first} {rest}',
    'moveIn.apply.refused':
      '{count, plural, one {Zeile {lines} kann nicht importiert werden: Korrigieren Sie sie in der Datei oder überspringen Sie sie.} other {Die Zeilen {lines} können nicht importiert werden: Korrigieren Sie sie in der Datei oder überspringen Sie sie.}} Es wurde nichts importiert.',
    'moveIn.apply.undecided':
      '{count, plural, one {# Zeile entspricht einem Kunden, der bereits in Stipple ist} other {# Zeilen entsprechen Kunden, die bereits in Stipple sind}} (Zeile {lines}): Wählen Sie jeweils Überspringen, Zusammenführen oder Neu anlegen. Es wurde nichts importiert.',
    'moveIn.apply.lineRefused': 'Zeile {line}: {reasons}',
    'moveIn.apply.lineDuplicate': 'Zeile {line} ist {name}, bereits in Stipple: Wählen Sie Überspringen, Zusammenführen oder Neu anlegen.',
  },
  es: {
    'moveIn.row.noName': 'no tiene nombre.',
    'moveIn.row.noLastName': 'no tiene apellidos («{first}»): Stipple necesita un nombre y unos apellidos.',
    'moveIn.row.noFirstName': 'no tiene nombre («{last}»): Stipple necesita un nombre y unos apellidos.',
    'moveIn.row.birthNotDate':
      'la fecha de nacimiento «{cell}» no es una fecha (leída con {order, select, dmy {el día} mdy {el mes} other {el año}} primero).',
    'moveIn.row.birthFuture': 'la fecha de nacimiento «{cell}» está en el futuro.',
    'moveIn.row.visitNotDate':
      '{column} «{cell}» no es una fecha (leída con {order, select, dmy {el día} mdy {el mes} other {el año}} primero).',
    'moveIn.row.sameClient':
      'es el mismo cliente que la línea {line} (mismo nombre y {on, select, phone {mismo teléfono} other {mismo correo}}).',
    'moveIn.cell.wasFormula': 'era una fórmula en el libro de Excel: su último valor se importó como texto sin formato.',
    'moveIn.cell.formulaStart': 'empieza por «{char}», que una hoja de cálculo ejecutaría como fórmula: se importó como texto sin formato.',
    'moveIn.file.empty': '{name} está vacío.',
    'moveIn.file.archive': '{name} es un archivo comprimido, no una hoja de cálculo. Exporte los clientes como CSV o Excel (.xlsx).',
    'moveIn.file.oldExcel':
      '{name} es un libro de Excel antiguo (.xls). Ábralo en Excel o LibreOffice, guárdelo como .xlsx o CSV y elija ese archivo.',
    'moveIn.file.pdf': '{name} es un PDF, no una hoja de cálculo. Exporte los clientes como CSV o Excel (.xlsx).',
    'moveIn.file.binary':
      '{name} no es una hoja de cálculo que Stipple pueda leer (contiene datos binarios). Exporte los clientes como CSV o Excel (.xlsx).',
    'moveIn.file.noRows': 'El archivo no tiene filas.',
    'moveIn.file.oneColumn':
      'El archivo solo tiene una columna: no parece una exportación CSV. Exporte los clientes como CSV o Excel (.xlsx).',
    'moveIn.file.badWorkbook':
      '{name} no se pudo leer como libro de Excel: puede estar dañado o protegido con contraseña. Guárdelo de nuevo como .xlsx o CSV.',
    'moveIn.file.noSheetRows': '{name} no tiene filas en su primera hoja.',
    'moveIn.file.named': '{name}: {problem}',
    'moveIn.lines.more': '{lines} y {more} más',
    'moveIn.join': '{first} {rest}',
    'moveIn.apply.refused':
      '{count, plural, one {La línea {lines} no se puede importar: corríjala en el archivo u omítala.} other {Las líneas {lines} no se pueden importar: corríjalas en el archivo u omítalas.}} No se ha importado nada.',
    'moveIn.apply.undecided':
      '{count, plural, one {# fila coincide con un cliente que ya está en Stipple} other {# filas coinciden con clientes que ya están en Stipple}} (línea {lines}): elija para cada una omitir, combinar o añadir como nuevo. No se ha importado nada.',
    'moveIn.apply.lineRefused': 'Línea {line}: {reasons}',
    'moveIn.apply.lineDuplicate': 'La línea {line} es {name}, que ya está en Stipple: elija omitir, combinar o añadir como nuevo.',
  },
});
