// Words of dataErrors in every shipped language (ids start with 'dataErrors.'). See ../define.ts.
// What db/ and core/ say when a backup, restore, import, re-keyed copy, photo or typed recovery key
// is refused (each error's `says`), read in the caller's language by the API. A file's path, a
// table's name or what a check reported is a value, kept as it is.
import { defineMessages } from '../define';

export const dataErrorsMessages = defineMessages({
  en: {
    'dataErrors.reason.diskFull': 'the disk is full',
    'dataErrors.reason.noPermission': 'no permission to write there',
    'dataErrors.reason.folderMissing': 'the folder is missing',
    'dataErrors.backup.folderUnreachable': 'The backup folder {folder} cannot be created or reached ({reason}).',
    'dataErrors.backup.notWritten': 'The backup could not be written to {folder} ({reason}).',
    'dataErrors.backup.didNotCheck': 'The backup in {folder} did not check out ({problem}), so it was not kept.',
    'dataErrors.backup.besideFailed': 'The backup beside the database failed: {detail}',
    'dataErrors.backup.toFailed': 'The backup to {folder} failed: {detail}',
    'dataErrors.backup.secondMissing':
      'The second backup folder {folder} is missing. Plug in the drive or choose another folder in Settings.',
    'dataErrors.backup.secondMissingNow': 'The second backup folder {folder} is missing. Plug in the drive or choose another folder.',
    'dataErrors.backup.noneYet': 'No backup has been made yet. Make one now.',
    'dataErrors.backup.old': '{days, plural, one {The last backup is # day old.} other {The last backup is # days old.}} Make one now.',
    'dataErrors.backup.chooseSecond':
      'Choose a second backup folder on another drive (a USB stick or a network folder), so one failed disk cannot take the backups with it.',
    'dataErrors.restore.noKey': 'The database to restore into was opened without its key; nothing was restored.',
    'dataErrors.restore.giveReason': 'Give the reason for restoring this file anyway. Nothing was restored.',
    'dataErrors.restore.fileProblem': '{problem} Nothing was restored.',
    'dataErrors.restore.doesNotVerify':
      '{problem} Stipple does not restore a file that does not verify. Nothing was restored. An owner can restore it anyway, giving the reason.',
    'dataErrors.restore.noSafetyBackup': 'The current database could not be backed up first, so nothing was restored. {why}',
    'dataErrors.restore.brokenLinks':
      'The backup has {count, plural, one {# broken link} other {# broken links}} (first in {table}); nothing was restored.',
    'dataErrors.import.notExport': '{folder} is not a Stipple export (clinic.json is missing). Nothing was imported.',
    'dataErrors.import.clinicNotExport': 'clinic.json in {folder} is not a Stipple export file. Nothing was imported.',
    'dataErrors.import.fileNotExport': '{file} is not a Stipple export file. Nothing was imported.',
    'dataErrors.import.notJson': '{name} could not be read as JSON ({detail}). Nothing was imported.',
    'dataErrors.import.notChart': '{name} is not a Stipple chart file. Nothing was imported.',
    'dataErrors.import.sayWhy': 'Say why you are importing an export whose audit trail does not check out.',
    'dataErrors.import.notEmpty': 'The database already holds data ({tables}). Import into a new, empty database. Nothing was imported.',
    'dataErrors.import.auditFails':
      'The export’s audit trail does not check out: {problem}. Nothing was imported. If you know why (for example it was repaired by hand), an owner can import it anyway by giving the reason, which is written to the audit trail.',
    'dataErrors.import.missingWritten': 'The export is missing {file}, which it was written with. Nothing was imported.',
    'dataErrors.import.unknownTable':
      'The export has a table this Stipple does not know ({table}): update Stipple first. Nothing was imported.',
    'dataErrors.import.brokenLinks':
      'The export has {count, plural, one {# broken link} other {# broken links}} (first in {table}). Nothing was imported.',
    'dataErrors.import.photosNeedKey': 'Photos can only be imported into a database opened with its key. Nothing was imported.',
    'dataErrors.import.documentsNeedKey':
      'Signed documents can only be imported into a database opened with its key. Nothing was imported.',
    'dataErrors.import.photoNotHash': '{file} names a photo by something that is not a SHA-256. Nothing was imported.',
    'dataErrors.import.documentNotHash': '{file} names a signed document by something that is not a SHA-256. Nothing was imported.',
    'dataErrors.import.hashDiffers': '{file} does not match its SHA-256: it was changed after the export was made. Nothing was imported.',
    'dataErrors.import.noFolder': 'There is no export folder at {folder}. Nothing was imported.',
    'dataErrors.import.missing': 'The export is missing {file}. Nothing was imported.',
    'dataErrors.import.passphraseNeeded': 'This export is encrypted. Enter the passphrase it was made with.',
    'dataErrors.import.sealedChanged': '{file} was changed or damaged after the export was made. Nothing was imported.',
    'dataErrors.import.noManifest': 'The export’s list of files ({file}) is missing. Nothing was imported.',
    'dataErrors.import.extraFiles': 'The export has files it did not write ({file}). Nothing was imported.',
    'dataErrors.import.targetNotEmpty': '{folder} is not empty. Choose a new or empty folder.',
    'dataErrors.import.notEncrypted': '{folder} is not encrypted: its files can be read as they are.',
    'dataErrors.export.headerDamaged': 'The export’s header is damaged or was edited, so it cannot be opened. Nothing was imported.',
    'dataErrors.export.wrongPassphrase': 'That passphrase does not open this export. Check it and try again. Nothing was imported.',
    'dataErrors.rekey.cannotOpen': '{file} could not be opened. It was left untouched.',
    'dataErrors.rekey.wrongKey':
      'This recovery key does not open {file}: it belongs to another Stipple database, or the file is not a Stipple backup.',
    'dataErrors.rekey.notDatabase': '{file} is not a Stipple database. It was left untouched.',
    'dataErrors.rekey.notStipple': '{file} opens, but it is not a Stipple database. It was left untouched.',
    'dataErrors.rekey.auditEdited':
      'The audit trail in {file} does not check out: it was edited outside Stipple. {file} was left as it was.',
    'dataErrors.rekey.copyFailed': 'The encrypted copy of {file} did not check out ({problem}); {file} was left as it was.',
    'dataErrors.rekey.lostRows': 'The encrypted copy of {file} lost rows; {file} was left as it was.',
    'dataErrors.rekey.notEncrypted': 'The copy of {file} was not encrypted; {file} was left as it was.',
    'dataErrors.photo.empty': '{name} is empty: it is not a photo. Nothing was stored from it.',
    'dataErrors.photo.tooLarge': '{name} is larger than {mb} MB: too large for a photo. Nothing was stored from it.',
    'dataErrors.photo.notPicture': '{name} is not a picture Stipple can read (a JPEG, PNG, WebP or TIFF). Nothing was stored from it.',
    'dataErrors.photo.tooManyPixels':
      '{name} is {megapixels} megapixels, more than Stipple takes in ({limit}). Nothing was stored from it.',
    'dataErrors.photo.damaged': '{name} is damaged or cut short, so it cannot be read as a picture. Nothing was stored from it.',
    'dataErrors.recovery.empty': 'Type the recovery key from the printed sheet.',
    'dataErrors.recovery.groupLength':
      'Group {group} ({typed}) has {length, plural, one {# character} other {# characters}}; each group has {per}: check it against the printed sheet.',
    'dataErrors.recovery.strayIn':
      '“{char}” is not used in recovery keys (they hold digits and the letters A–Z without I, L, O and U): look at group {group}.',
    'dataErrors.recovery.stray': '“{char}” is not used in recovery keys (they hold digits and the letters A–Z without I, L, O and U).',
    'dataErrors.recovery.length':
      'A recovery key has {groups} groups of {per} characters ({total} in all); this has {count}. Check it against the printed sheet.',
    'dataErrors.recovery.typoShown': 'Group {group} ({typed}) has a typo: check it against the printed sheet.',
    'dataErrors.recovery.typo': 'Group {group} has a typo: check it against the printed sheet.',
    'dataErrors.recovery.lastGroup':
      'The last group ({typed}) does not match the others: check it, then each of the other groups, against the printed sheet.',
  },
  de: {
    'dataErrors.reason.diskFull': 'der Datenträger ist voll',
    'dataErrors.reason.noPermission': 'keine Berechtigung, dort zu schreiben',
    'dataErrors.reason.folderMissing': 'der Ordner fehlt',
    'dataErrors.backup.folderUnreachable': 'Der Sicherungsordner {folder} kann nicht angelegt oder erreicht werden ({reason}).',
    'dataErrors.backup.notWritten': 'Die Sicherung konnte nicht in {folder} geschrieben werden ({reason}).',
    'dataErrors.backup.didNotCheck':
      'Die Sicherung in {folder} hat die Prüfung nicht bestanden ({problem}) und wurde daher nicht behalten.',
    'dataErrors.backup.besideFailed': 'Die Sicherung neben der Datenbank ist fehlgeschlagen: {detail}',
    'dataErrors.backup.toFailed': 'Die Sicherung nach {folder} ist fehlgeschlagen: {detail}',
    'dataErrors.backup.secondMissing':
      'Der zweite Sicherungsordner {folder} fehlt. Schließen Sie das Laufwerk an oder wählen Sie in den Einstellungen einen anderen Ordner.',
    'dataErrors.backup.secondMissingNow':
      'Der zweite Sicherungsordner {folder} fehlt. Schließen Sie das Laufwerk an oder wählen Sie einen anderen Ordner.',
    'dataErrors.backup.noneYet': 'Es wurde noch keine Sicherung erstellt. Erstellen Sie jetzt eine.',
    'dataErrors.backup.old':
      '{days, plural, one {Die letzte Sicherung ist # Tag alt.} other {Die letzte Sicherung ist # Tage alt.}} Erstellen Sie jetzt eine.',
    'dataErrors.backup.chooseSecond':
      'Wählen Sie einen zweiten Sicherungsordner auf einem anderen Laufwerk (einem USB-Stick oder einem Netzwerkordner), damit ein defekter Datenträger nicht auch die Sicherungen mitnimmt.',
    'dataErrors.restore.noKey':
      'Die Datenbank, in die wiederhergestellt werden soll, wurde ohne ihren Schlüssel geöffnet; es wurde nichts wiederhergestellt.',
    'dataErrors.restore.giveReason': 'Geben Sie an, warum Sie diese Datei trotzdem wiederherstellen. Es wurde nichts wiederhergestellt.',
    'dataErrors.restore.fileProblem': '{problem} Es wurde nichts wiederhergestellt.',
    'dataErrors.restore.doesNotVerify':
      '{problem} Stipple stellt keine Datei wieder her, die die Prüfung nicht besteht. Es wurde nichts wiederhergestellt. Ein Inhaber kann sie unter Angabe des Grundes trotzdem wiederherstellen.',
    'dataErrors.restore.noSafetyBackup':
      'Die aktuelle Datenbank konnte nicht zuerst gesichert werden, daher wurde nichts wiederhergestellt. {why}',
    'dataErrors.restore.brokenLinks':
      'Die Sicherung hat {count, plural, one {# defekte Verknüpfung} other {# defekte Verknüpfungen}} (die erste in {table}); es wurde nichts wiederhergestellt.',
    'dataErrors.import.notExport': '{folder} ist kein Stipple-Export (clinic.json fehlt). Es wurde nichts importiert.',
    'dataErrors.import.clinicNotExport': 'clinic.json in {folder} ist keine Stipple-Exportdatei. Es wurde nichts importiert.',
    'dataErrors.import.fileNotExport': '{file} ist keine Stipple-Exportdatei. Es wurde nichts importiert.',
    'dataErrors.import.notJson': '{name} konnte nicht als JSON gelesen werden ({detail}). Es wurde nichts importiert.',
    'dataErrors.import.notChart': '{name} ist keine Stipple-Aktendatei. Es wurde nichts importiert.',
    'dataErrors.import.sayWhy': 'Geben Sie an, warum Sie einen Export importieren, dessen Prüfprotokoll sich nicht bestätigen lässt.',
    'dataErrors.import.notEmpty':
      'Die Datenbank enthält bereits Daten ({tables}). Importieren Sie in eine neue, leere Datenbank. Es wurde nichts importiert.',
    'dataErrors.import.auditFails':
      'Das Prüfprotokoll des Exports lässt sich nicht bestätigen: {problem}. Es wurde nichts importiert. Wenn Sie den Grund kennen (etwa eine Reparatur von Hand), kann ein Inhaber den Export trotzdem importieren, indem er den Grund angibt; er wird ins Prüfprotokoll geschrieben.',
    'dataErrors.import.missingWritten': 'Im Export fehlt {file}, obwohl die Datei mitgeschrieben wurde. Es wurde nichts importiert.',
    'dataErrors.import.unknownTable':
      'Der Export enthält eine Tabelle, die diese Stipple-Version nicht kennt ({table}): Aktualisieren Sie zuerst Stipple. Es wurde nichts importiert.',
    'dataErrors.import.brokenLinks':
      'Der Export hat {count, plural, one {# defekte Verknüpfung} other {# defekte Verknüpfungen}} (die erste in {table}). Es wurde nichts importiert.',
    'dataErrors.import.photosNeedKey':
      'Fotos lassen sich nur in eine Datenbank importieren, die mit ihrem Schlüssel geöffnet wurde. Es wurde nichts importiert.',
    'dataErrors.import.documentsNeedKey':
      'Unterschriebene Dokumente lassen sich nur in eine Datenbank importieren, die mit ihrem Schlüssel geöffnet wurde. Es wurde nichts importiert.',
    'dataErrors.import.photoNotHash': '{file} bezeichnet ein Foto mit etwas, das kein SHA-256 ist. Es wurde nichts importiert.',
    'dataErrors.import.documentNotHash':
      '{file} bezeichnet ein unterschriebenes Dokument mit etwas, das kein SHA-256 ist. Es wurde nichts importiert.',
    'dataErrors.import.hashDiffers':
      '{file} passt nicht zu seinem SHA-256: Die Datei wurde nach dem Export verändert. Es wurde nichts importiert.',
    'dataErrors.import.noFolder': 'Unter {folder} gibt es keinen Exportordner. Es wurde nichts importiert.',
    'dataErrors.import.missing': 'Im Export fehlt {file}. Es wurde nichts importiert.',
    'dataErrors.import.passphraseNeeded': 'Dieser Export ist verschlüsselt. Geben Sie die Passphrase ein, mit der er erstellt wurde.',
    'dataErrors.import.sealedChanged': '{file} wurde nach dem Export verändert oder beschädigt. Es wurde nichts importiert.',
    'dataErrors.import.noManifest': 'Die Dateiliste des Exports ({file}) fehlt. Es wurde nichts importiert.',
    'dataErrors.import.extraFiles': 'Der Export enthält Dateien, die er nicht selbst geschrieben hat ({file}). Es wurde nichts importiert.',
    'dataErrors.import.targetNotEmpty': '{folder} ist nicht leer. Wählen Sie einen neuen oder leeren Ordner.',
    'dataErrors.import.notEncrypted': '{folder} ist nicht verschlüsselt: Die Dateien lassen sich so lesen, wie sie sind.',
    'dataErrors.export.headerDamaged':
      'Der Kopf des Exports ist beschädigt oder wurde bearbeitet, daher lässt er sich nicht öffnen. Es wurde nichts importiert.',
    'dataErrors.export.wrongPassphrase':
      'Diese Passphrase öffnet den Export nicht. Prüfen Sie sie und versuchen Sie es erneut. Es wurde nichts importiert.',
    'dataErrors.rekey.cannotOpen': '{file} konnte nicht geöffnet werden. Die Datei blieb unverändert.',
    'dataErrors.rekey.wrongKey':
      'Dieser Wiederherstellungsschlüssel öffnet {file} nicht: Er gehört zu einer anderen Stipple-Datenbank, oder die Datei ist keine Stipple-Sicherung.',
    'dataErrors.rekey.notDatabase': '{file} ist keine Stipple-Datenbank. Die Datei blieb unverändert.',
    'dataErrors.rekey.notStipple': '{file} lässt sich öffnen, ist aber keine Stipple-Datenbank. Die Datei blieb unverändert.',
    'dataErrors.rekey.auditEdited':
      'Das Prüfprotokoll in {file} lässt sich nicht bestätigen: Es wurde außerhalb von Stipple bearbeitet. {file} blieb unverändert.',
    'dataErrors.rekey.copyFailed':
      'Die verschlüsselte Kopie von {file} hat die Prüfung nicht bestanden ({problem}); {file} blieb unverändert.',
    'dataErrors.rekey.lostRows': 'In der verschlüsselten Kopie von {file} fehlen Zeilen; {file} blieb unverändert.',
    'dataErrors.rekey.notEncrypted': 'Die Kopie von {file} wurde nicht verschlüsselt; {file} blieb unverändert.',
    'dataErrors.photo.empty': '{name} ist leer und damit kein Foto. Daraus wurde nichts gespeichert.',
    'dataErrors.photo.tooLarge': '{name} ist größer als {mb} MB und damit zu groß für ein Foto. Daraus wurde nichts gespeichert.',
    'dataErrors.photo.notPicture':
      '{name} ist kein Bild, das Stipple lesen kann (JPEG, PNG, WebP oder TIFF). Daraus wurde nichts gespeichert.',
    'dataErrors.photo.tooManyPixels':
      '{name} hat {megapixels} Megapixel, mehr als Stipple annimmt ({limit}). Daraus wurde nichts gespeichert.',
    'dataErrors.photo.damaged':
      '{name} ist beschädigt oder unvollständig und lässt sich daher nicht als Bild lesen. Daraus wurde nichts gespeichert.',
    'dataErrors.recovery.empty': 'Geben Sie den Wiederherstellungsschlüssel vom gedruckten Blatt ein.',
    'dataErrors.recovery.groupLength':
      'Gruppe {group} ({typed}) hat {length, plural, one {# Zeichen} other {# Zeichen}}; jede Gruppe hat {per}: Vergleichen Sie sie mit dem gedruckten Blatt.',
    'dataErrors.recovery.strayIn':
      '„{char}“ kommt in Wiederherstellungsschlüsseln nicht vor (sie bestehen aus Ziffern und den Buchstaben A–Z ohne I, L, O und U): Sehen Sie sich Gruppe {group} an.',
    'dataErrors.recovery.stray':
      '„{char}“ kommt in Wiederherstellungsschlüsseln nicht vor (sie bestehen aus Ziffern und den Buchstaben A–Z ohne I, L, O und U).',
    'dataErrors.recovery.length':
      'Ein Wiederherstellungsschlüssel hat {groups} Gruppen zu je {per} Zeichen (insgesamt {total}); dieser hat {count}. Vergleichen Sie ihn mit dem gedruckten Blatt.',
    'dataErrors.recovery.typoShown': 'Gruppe {group} ({typed}) enthält einen Tippfehler: Vergleichen Sie sie mit dem gedruckten Blatt.',
    'dataErrors.recovery.typo': 'Gruppe {group} enthält einen Tippfehler: Vergleichen Sie sie mit dem gedruckten Blatt.',
    'dataErrors.recovery.lastGroup':
      'Die letzte Gruppe ({typed}) passt nicht zu den anderen: Vergleichen Sie sie und danach jede andere Gruppe mit dem gedruckten Blatt.',
  },
  es: {
    'dataErrors.reason.diskFull': 'el disco está lleno',
    'dataErrors.reason.noPermission': 'no hay permiso para escribir ahí',
    'dataErrors.reason.folderMissing': 'falta la carpeta',
    'dataErrors.backup.folderUnreachable': 'La carpeta de copias {folder} no se puede crear ni abrir ({reason}).',
    'dataErrors.backup.notWritten': 'No se pudo escribir la copia de seguridad en {folder} ({reason}).',
    'dataErrors.backup.didNotCheck': 'La copia de seguridad en {folder} no superó la comprobación ({problem}), así que no se conservó.',
    'dataErrors.backup.besideFailed': 'Falló la copia de seguridad junto a la base de datos: {detail}',
    'dataErrors.backup.toFailed': 'Falló la copia de seguridad en {folder}: {detail}',
    'dataErrors.backup.secondMissing': 'Falta la segunda carpeta de copias {folder}. Conecte la unidad o elija otra carpeta en Ajustes.',
    'dataErrors.backup.secondMissingNow': 'Falta la segunda carpeta de copias {folder}. Conecte la unidad o elija otra carpeta.',
    'dataErrors.backup.noneYet': 'Aún no se ha hecho ninguna copia de seguridad. Haga una ahora.',
    'dataErrors.backup.old':
      '{days, plural, one {La última copia de seguridad tiene # día.} other {La última copia de seguridad tiene # días.}} Haga una ahora.',
    'dataErrors.backup.chooseSecond':
      'Elija una segunda carpeta de copias en otra unidad (una memoria USB o una carpeta de red), para que un disco averiado no se lleve también las copias.',
    'dataErrors.restore.noKey': 'La base de datos en la que se iba a restaurar se abrió sin su clave; no se restauró nada.',
    'dataErrors.restore.giveReason': 'Indique el motivo para restaurar este archivo de todos modos. No se restauró nada.',
    'dataErrors.restore.fileProblem': '{problem} No se restauró nada.',
    'dataErrors.restore.doesNotVerify':
      '{problem} Stipple no restaura un archivo que no supera la verificación. No se restauró nada. Un titular puede restaurarlo de todos modos indicando el motivo.',
    'dataErrors.restore.noSafetyBackup':
      'No se pudo hacer primero una copia de la base de datos actual, así que no se restauró nada. {why}',
    'dataErrors.restore.brokenLinks':
      'La copia de seguridad tiene {count, plural, one {# vínculo roto} other {# vínculos rotos}} (el primero en {table}); no se restauró nada.',
    'dataErrors.import.notExport': '{folder} no es una exportación de Stipple (falta clinic.json). No se importó nada.',
    'dataErrors.import.clinicNotExport': 'clinic.json en {folder} no es un archivo de exportación de Stipple. No se importó nada.',
    'dataErrors.import.fileNotExport': '{file} no es un archivo de exportación de Stipple. No se importó nada.',
    'dataErrors.import.notJson': '{name} no se pudo leer como JSON ({detail}). No se importó nada.',
    'dataErrors.import.notChart': '{name} no es un archivo de historial de Stipple. No se importó nada.',
    'dataErrors.import.sayWhy': 'Indique por qué importa una exportación cuyo registro de auditoría no supera la comprobación.',
    'dataErrors.import.notEmpty':
      'La base de datos ya contiene datos ({tables}). Importe en una base de datos nueva y vacía. No se importó nada.',
    'dataErrors.import.auditFails':
      'El registro de auditoría de la exportación no supera la comprobación: {problem}. No se importó nada. Si sabe por qué (por ejemplo, se reparó a mano), un titular puede importarla de todos modos indicando el motivo, que queda en el registro de auditoría.',
    'dataErrors.import.missingWritten': 'Falta {file} en la exportación, aunque se escribió al hacerla. No se importó nada.',
    'dataErrors.import.unknownTable':
      'La exportación tiene una tabla que esta versión de Stipple no conoce ({table}): actualice Stipple primero. No se importó nada.',
    'dataErrors.import.brokenLinks':
      'La exportación tiene {count, plural, one {# vínculo roto} other {# vínculos rotos}} (el primero en {table}). No se importó nada.',
    'dataErrors.import.photosNeedKey': 'Las fotos solo pueden importarse en una base de datos abierta con su clave. No se importó nada.',
    'dataErrors.import.documentsNeedKey':
      'Los documentos firmados solo pueden importarse en una base de datos abierta con su clave. No se importó nada.',
    'dataErrors.import.photoNotHash': '{file} identifica una foto con algo que no es un SHA-256. No se importó nada.',
    'dataErrors.import.documentNotHash': '{file} identifica un documento firmado con algo que no es un SHA-256. No se importó nada.',
    'dataErrors.import.hashDiffers': '{file} no coincide con su SHA-256: se modificó después de hacer la exportación. No se importó nada.',
    'dataErrors.import.noFolder': 'No hay ninguna carpeta de exportación en {folder}. No se importó nada.',
    'dataErrors.import.missing': 'Falta {file} en la exportación. No se importó nada.',
    'dataErrors.import.passphraseNeeded': 'Esta exportación está cifrada. Introduzca la frase de contraseña con la que se hizo.',
    'dataErrors.import.sealedChanged': '{file} se modificó o se dañó después de hacer la exportación. No se importó nada.',
    'dataErrors.import.noManifest': 'Falta la lista de archivos de la exportación ({file}). No se importó nada.',
    'dataErrors.import.extraFiles': 'La exportación contiene archivos que no escribió ella ({file}). No se importó nada.',
    'dataErrors.import.targetNotEmpty': '{folder} no está vacía. Elija una carpeta nueva o vacía.',
    'dataErrors.import.notEncrypted': '{folder} no está cifrada: sus archivos pueden leerse tal como están.',
    'dataErrors.export.headerDamaged':
      'La cabecera de la exportación está dañada o se editó, así que no puede abrirse. No se importó nada.',
    'dataErrors.export.wrongPassphrase':
      'Esa frase de contraseña no abre esta exportación. Revísela e inténtelo de nuevo. No se importó nada.',
    'dataErrors.rekey.cannotOpen': '{file} no se pudo abrir. No se ha modificado.',
    'dataErrors.rekey.wrongKey':
      'Esta clave de recuperación no abre {file}: pertenece a otra base de datos de Stipple, o el archivo no es una copia de seguridad de Stipple.',
    'dataErrors.rekey.notDatabase': '{file} no es una base de datos de Stipple. No se ha modificado.',
    'dataErrors.rekey.notStipple': '{file} se abre, pero no es una base de datos de Stipple. No se ha modificado.',
    'dataErrors.rekey.auditEdited':
      'El registro de auditoría de {file} no supera la comprobación: se editó fuera de Stipple. {file} se dejó como estaba.',
    'dataErrors.rekey.copyFailed': 'La copia cifrada de {file} no superó la comprobación ({problem}); {file} se dejó como estaba.',
    'dataErrors.rekey.lostRows': 'A la copia cifrada de {file} le faltan filas; {file} se dejó como estaba.',
    'dataErrors.rekey.notEncrypted': 'La copia de {file} no quedó cifrada; {file} se dejó como estaba.',
    'dataErrors.photo.empty': '{name} está vacío: no es una foto. No se ha guardado nada.',
    'dataErrors.photo.tooLarge': '{name} ocupa más de {mb} MB: es demasiado grande para una foto. No se ha guardado nada.',
    'dataErrors.photo.notPicture': '{name} no es una imagen que Stipple pueda leer (JPEG, PNG, WebP o TIFF). No se ha guardado nada.',
    'dataErrors.photo.tooManyPixels':
      '{name} tiene {megapixels} megapíxeles, más de los que admite Stipple ({limit}). No se ha guardado nada.',
    'dataErrors.photo.damaged': '{name} está dañado o incompleto, así que no puede leerse como imagen. No se ha guardado nada.',
    'dataErrors.recovery.empty': 'Escriba la clave de recuperación de la hoja impresa.',
    'dataErrors.recovery.groupLength':
      'El grupo {group} ({typed}) tiene {length, plural, one {# carácter} other {# caracteres}}; cada grupo tiene {per}: compárelo con la hoja impresa.',
    'dataErrors.recovery.strayIn':
      '«{char}» no se usa en las claves de recuperación (contienen dígitos y las letras A–Z sin I, L, O ni U): revise el grupo {group}.',
    'dataErrors.recovery.stray': '«{char}» no se usa en las claves de recuperación (contienen dígitos y las letras A–Z sin I, L, O ni U).',
    'dataErrors.recovery.length':
      'Una clave de recuperación tiene {groups} grupos de {per} caracteres ({total} en total); esta tiene {count}. Compárela con la hoja impresa.',
    'dataErrors.recovery.typoShown': 'El grupo {group} ({typed}) tiene una errata: compárelo con la hoja impresa.',
    'dataErrors.recovery.typo': 'El grupo {group} tiene una errata: compárelo con la hoja impresa.',
    'dataErrors.recovery.lastGroup':
      'El último grupo ({typed}) no coincide con los demás: compárelo, y luego cada uno de los otros grupos, con la hoja impresa.',
  },
});
