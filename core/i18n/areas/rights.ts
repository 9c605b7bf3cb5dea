// Words of a client's rights on the chart (a copy of the record, archiving, erasure) in every shipped
// language (ids start with 'rights.'). See ../define.ts.
import { defineMessages } from '../define';

export const rightsMessages = defineMessages({
  en: {
    'rights.title': 'The client’s rights',
    'rights.intro': 'A copy of the whole record for the client to take away, or the record erased at their request.',
    'rights.copy': 'Copy of the record',
    'rights.eraseOpen': 'Erase the record…',
    'rights.close': 'Close',
    'rights.cancel': 'Cancel',
    'rights.archived': 'The client is archived.',
    'rights.archive.label': 'Archive the client',
    'rights.archive.reason': 'Why the client is archived (optional)',
    'rights.archive.submit': 'Archive the client',
    'rights.checking': 'Checking whether the record may be erased…',
    'rights.erase.title': 'Erase the record',
    'rights.erase.notYet':
      'This record can be erased from {from}: the clinic keeps medical records for {years, plural, one {# year} other {# years}} after the last treatment ({last}), a clinic setting. You can archive the client now: the chart is kept and leaves the lists.',
    'rights.erase.none': 'none',
    'rights.erase.confirmMissing': 'Tick this to confirm: the erasure cannot be undone.',
    'rights.erase.erasing': 'Erasing the record…',
    'rights.erase.erasingBackups': 'Erasing the client from {count, plural, one {# backup} other {# backups}}…',
    'rights.erase.fromBackups': ' Erased from {count, plural, one {# backup} other {# backups}}.',
    'rights.erase.fromBackupsNotHeld':
      ' Erased from {count, plural, one {# backup} other {# backups}} ({notHeld} did not hold the client).',
    'rights.erase.notFrom': ' Not from {file}: {why}',
    'rights.erase.backupsFailed': ' The backups were not erased from: {message}',
    'rights.erase.backupsMayHold': ' {count, plural, one {# backup} other {# backups}} made before the erasure may still hold the client.',
    'rights.erase.done': 'The record of client {id} was erased; its payments and receipts stay, without the name.{backups}',
    'rights.erase.what':
      'Erasing removes this client’s details, questionnaire answers, contraindications, sessions, retention notes, requests, photos and drafts for good. Payments, receipts and deposits stay for the clinic’s accounts, with the name taken off. The audit trail keeps that the record was erased, when, by whom and why, and nothing else about the client.',
    'rights.erase.backupsHold':
      '{count, plural, one {# backup made before the erasure still holds this client.} other {# backups made before the erasure still hold this client.}} Restoring one would bring the record back.',
    'rights.erase.alsoBackups': 'Also erase the client from the {count, plural, one {# backup} other {# backups}}',
    'rights.erase.noBackups': 'No backups hold this client yet.',
    'rights.erase.reason': 'Why the record is erased',
    'rights.erase.reasonHint': 'Kept in the audit trail: leave the client’s name, phone and email out, e.g. “asked in writing on 3 March”.',
    'rights.erase.sure': 'I understand the erasure cannot be undone',
    'rights.erase.submit': 'Erase the record',
    'rights.copy.intro':
      'One PDF file: the whole record to read (details, questionnaire and consent, sessions, retention, photos, payments), with the same record attached as a machine-readable file (record.json).',
    'rights.copy.protect': 'Protect the file',
    'rights.copy.withPassphrase': 'With a passphrase (recommended)',
    'rights.copy.plain': 'Plain, no passphrase',
    'rights.copy.passphrase': 'Passphrase',
    'rights.copy.passphraseHint': 'At least 12 characters. Tell it to the client apart from the file.',
    'rights.copy.again': 'The passphrase again',
    'rights.copy.plainWarning':
      'A plain copy is not encrypted: it holds the client’s medical record that anyone who gets the folder can read.',
    'rights.copy.saved': 'Saved {file}.',
    'rights.copy.savedEncrypted':
      'Saved {file}: it opens in any PDF reader with the passphrase. Give the passphrase to the client apart from the file.',
    'rights.copy.making': 'Making the copy…',
    'rights.copy.make': 'Make the copy',
  },
  de: {
    'rights.title': 'Die Rechte des Kunden',
    'rights.intro': 'Eine Kopie der ganzen Akte zum Mitnehmen, oder die Löschung der Akte auf Wunsch des Kunden.',
    'rights.copy': 'Kopie der Akte',
    'rights.eraseOpen': 'Akte löschen…',
    'rights.close': 'Schließen',
    'rights.cancel': 'Abbrechen',
    'rights.archived': 'Der Kunde ist archiviert.',
    'rights.archive.label': 'Kunden archivieren',
    'rights.archive.reason': 'Warum der Kunde archiviert wird (freiwillig)',
    'rights.archive.submit': 'Kunden archivieren',
    'rights.checking': 'Es wird geprüft, ob die Akte gelöscht werden darf…',
    'rights.erase.title': 'Akte löschen',
    'rights.erase.notYet':
      'Diese Akte kann ab dem {from} gelöscht werden: Die Praxis bewahrt Patientenakten {years, plural, one {# Jahr} other {# Jahre}} nach der letzten Behandlung auf ({last}), eine Einstellung der Praxis. Sie können den Kunden jetzt archivieren: Die Akte bleibt erhalten und verschwindet aus den Listen.',
    'rights.erase.none': 'keine',
    'rights.erase.confirmMissing': 'Setzen Sie zur Bestätigung das Häkchen: Die Löschung kann nicht rückgängig gemacht werden.',
    'rights.erase.erasing': 'Die Akte wird gelöscht…',
    'rights.erase.erasingBackups': 'Der Kunde wird aus {count, plural, one {# Sicherung} other {# Sicherungen}} gelöscht…',
    'rights.erase.fromBackups': ' Aus {count, plural, one {# Sicherung} other {# Sicherungen}} gelöscht.',
    'rights.erase.fromBackupsNotHeld':
      ' Aus {count, plural, one {# Sicherung} other {# Sicherungen}} gelöscht ({notHeld} enthielten den Kunden nicht).',
    'rights.erase.notFrom': ' Nicht aus {file}: {why}',
    'rights.erase.backupsFailed': ' Aus den Sicherungen wurde nicht gelöscht: {message}',
    'rights.erase.backupsMayHold':
      ' {count, plural, one {# Sicherung} other {# Sicherungen}} von vor der Löschung {count, plural, one {kann} other {können}} den Kunden noch enthalten.',
    'rights.erase.done': 'Die Akte des Kunden {id} wurde gelöscht; seine Zahlungen und Belege bleiben, ohne den Namen.{backups}',
    'rights.erase.what':
      'Die Löschung entfernt die Angaben, Antworten im Fragebogen, Kontraindikationen, Sitzungen, Haltbarkeitsnotizen, Wünsche, Fotos und Entwürfe dieses Kunden endgültig. Zahlungen, Belege und Anzahlungen bleiben für die Buchhaltung der Praxis, ohne den Namen. Das Prüfprotokoll hält fest, dass, wann, von wem und warum die Akte gelöscht wurde, und sonst nichts über den Kunden.',
    'rights.erase.backupsHold':
      '{count, plural, one {# Sicherung von vor der Löschung enthält diesen Kunden noch.} other {# Sicherungen von vor der Löschung enthalten diesen Kunden noch.}} Eine Wiederherstellung würde die Akte zurückbringen.',
    'rights.erase.alsoBackups': 'Den Kunden auch aus {count, plural, one {der # Sicherung} other {den # Sicherungen}} löschen',
    'rights.erase.noBackups': 'Noch keine Sicherung enthält diesen Kunden.',
    'rights.erase.reason': 'Warum die Akte gelöscht wird',
    'rights.erase.reasonHint':
      'Bleibt im Prüfprotokoll: Lassen Sie Namen, Telefon und E-Mail des Kunden weg, z. B. „am 3. März schriftlich verlangt“.',
    'rights.erase.sure': 'Mir ist klar, dass die Löschung nicht rückgängig gemacht werden kann',
    'rights.erase.submit': 'Akte löschen',
    'rights.copy.intro':
      'Eine PDF-Datei: die ganze Akte zum Lesen (Angaben, Fragebogen und Einwilligung, Sitzungen, Haltbarkeit, Fotos, Zahlungen), dazu dieselbe Akte als maschinenlesbare Datei (record.json).',
    'rights.copy.protect': 'Die Datei schützen',
    'rights.copy.withPassphrase': 'Mit einer Passphrase (empfohlen)',
    'rights.copy.plain': 'Unverschlüsselt, ohne Passphrase',
    'rights.copy.passphrase': 'Passphrase',
    'rights.copy.passphraseHint': 'Mindestens 12 Zeichen. Teilen Sie sie dem Kunden getrennt von der Datei mit.',
    'rights.copy.again': 'Die Passphrase noch einmal',
    'rights.copy.plainWarning':
      'Eine unverschlüsselte Kopie ist nicht geschützt: Sie enthält die Patientenakte des Kunden, die jeder lesen kann, der den Ordner erhält.',
    'rights.copy.saved': '{file} gespeichert.',
    'rights.copy.savedEncrypted':
      '{file} gespeichert: Die Datei öffnet sich in jedem PDF-Programm mit der Passphrase. Geben Sie dem Kunden die Passphrase getrennt von der Datei.',
    'rights.copy.making': 'Die Kopie wird erstellt…',
    'rights.copy.make': 'Kopie erstellen',
  },
  es: {
    'rights.title': 'Los derechos del cliente',
    'rights.intro': 'Una copia de toda la ficha para que el cliente se la lleve, o la ficha borrada a petición suya.',
    'rights.copy': 'Copia de la ficha',
    'rights.eraseOpen': 'Borrar la ficha…',
    'rights.close': 'Cerrar',
    'rights.cancel': 'Cancelar',
    'rights.archived': 'El cliente está archivado.',
    'rights.archive.label': 'Archivar al cliente',
    'rights.archive.reason': 'Por qué se archiva al cliente (opcional)',
    'rights.archive.submit': 'Archivar al cliente',
    'rights.checking': 'Comprobando si la ficha se puede borrar…',
    'rights.erase.title': 'Borrar la ficha',
    'rights.erase.notYet':
      'Esta ficha se puede borrar a partir del {from}: la clínica conserva las historias clínicas {years, plural, one {# año} other {# años}} después del último tratamiento ({last}), un ajuste de la clínica. Puede archivar al cliente ahora: la ficha se conserva y sale de las listas.',
    'rights.erase.none': 'ninguno',
    'rights.erase.confirmMissing': 'Marque esta casilla para confirmar: el borrado no se puede deshacer.',
    'rights.erase.erasing': 'Borrando la ficha…',
    'rights.erase.erasingBackups': 'Borrando al cliente de {count, plural, one {# copia de seguridad} other {# copias de seguridad}}…',
    'rights.erase.fromBackups': ' Borrado de {count, plural, one {# copia de seguridad} other {# copias de seguridad}}.',
    'rights.erase.fromBackupsNotHeld':
      ' Borrado de {count, plural, one {# copia de seguridad} other {# copias de seguridad}} ({notHeld} no contenían al cliente).',
    'rights.erase.notFrom': ' No de {file}: {why}',
    'rights.erase.backupsFailed': ' No se borró de las copias de seguridad: {message}',
    'rights.erase.backupsMayHold':
      ' {count, plural, one {# copia de seguridad anterior al borrado puede} other {# copias de seguridad anteriores al borrado pueden}} contener todavía al cliente.',
    'rights.erase.done': 'La ficha del cliente {id} se borró; sus pagos y recibos se conservan, sin el nombre.{backups}',
    'rights.erase.what':
      'Borrar elimina para siempre los datos, las respuestas del cuestionario, las contraindicaciones, las sesiones, las notas de retención, las peticiones, las fotos y los borradores de este cliente. Los pagos, recibos y depósitos se conservan para la contabilidad de la clínica, sin el nombre. El registro de auditoría guarda que la ficha se borró, cuándo, quién y por qué, y nada más del cliente.',
    'rights.erase.backupsHold':
      '{count, plural, one {# copia de seguridad anterior al borrado todavía contiene a este cliente.} other {# copias de seguridad anteriores al borrado todavía contienen a este cliente.}} Restaurar una devolvería la ficha.',
    'rights.erase.alsoBackups':
      'Borrar también al cliente de {count, plural, one {la # copia de seguridad} other {las # copias de seguridad}}',
    'rights.erase.noBackups': 'Todavía ninguna copia de seguridad contiene a este cliente.',
    'rights.erase.reason': 'Por qué se borra la ficha',
    'rights.erase.reasonHint':
      'Queda en el registro de auditoría: no ponga el nombre, el teléfono ni el correo del cliente, p. ej. «lo pidió por escrito el 3 de marzo».',
    'rights.erase.sure': 'Entiendo que el borrado no se puede deshacer',
    'rights.erase.submit': 'Borrar la ficha',
    'rights.copy.intro':
      'Un archivo PDF: toda la ficha para leer (datos, cuestionario y consentimiento, sesiones, retención, fotos, pagos), con la misma ficha adjunta como archivo legible por máquina (record.json).',
    'rights.copy.protect': 'Proteger el archivo',
    'rights.copy.withPassphrase': 'Con una frase de contraseña (recomendado)',
    'rights.copy.plain': 'Sin cifrar, sin frase de contraseña',
    'rights.copy.passphrase': 'Frase de contraseña',
    'rights.copy.passphraseHint': 'Al menos 12 caracteres. Dígasela al cliente por separado del archivo.',
    'rights.copy.again': 'La frase de contraseña otra vez',
    'rights.copy.plainWarning':
      'Una copia sin cifrar no está protegida: contiene la historia clínica del cliente, que puede leer cualquiera que obtenga la carpeta.',
    'rights.copy.saved': 'Se guardó {file}.',
    'rights.copy.savedEncrypted':
      'Se guardó {file}: se abre en cualquier lector de PDF con la frase de contraseña. Dé la frase al cliente por separado del archivo.',
    'rights.copy.making': 'Creando la copia…',
    'rights.copy.make': 'Crear la copia',
  },
});
