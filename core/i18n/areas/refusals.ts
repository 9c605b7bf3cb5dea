// Words of refusals in every shipped language (ids start with 'refusals.'). See ../define.ts.
// The handlers' refusals (api/handlers/*.ts and the tasks), built with `msg(id, values)` and read in
// the caller's language by the dispatcher (api/result.ts ApiFailure.in).
// `refusals.record.*` names a record inside api.notFound / api.conflict ('{What} was not found.').
// Dates, times and amounts arrive formatted in the clinic's locale, as the handlers formatted them before.
import { defineMessages } from '../define';

const WEEKDAYS_EN =
  '{weekday, select, 1 {Mondays} 2 {Tuesdays} 3 {Wednesdays} 4 {Thursdays} 5 {Fridays} 6 {Saturdays} 7 {Sundays} other {{weekday}}}';
const WEEKDAYS_DE =
  '{weekday, select, 1 {montags} 2 {dienstags} 3 {mittwochs} 4 {donnerstags} 5 {freitags} 6 {samstags} 7 {sonntags} other {{weekday}}}';
const WEEKDAYS_ES =
  '{weekday, select, 1 {los lunes} 2 {los martes} 3 {los miércoles} 4 {los jueves} 5 {los viernes} 6 {los sábados} 7 {los domingos} other {{weekday}}}';

const DOCUMENT_EN =
  '{kind, select, questionnaire {medical questionnaire} treatment_consent {treatment consent (SMP)} photo_consent {clinical photo consent} marketing_consent {marketing use of photos} other {{kind}}}';
const DOCUMENT_DE =
  '{kind, select, questionnaire {Der Gesundheitsfragebogen} treatment_consent {Die Behandlungseinwilligung (SMP)} photo_consent {Die Einwilligung zu klinischen Fotos} marketing_consent {Die Einwilligung zur Werbenutzung von Fotos} other {{kind}}}';
const DOCUMENT_ES =
  '{kind, select, questionnaire {El cuestionario médico} treatment_consent {El consentimiento de tratamiento (SMP)} photo_consent {El consentimiento de fotos clínicas} marketing_consent {El consentimiento de uso publicitario de fotos} other {{kind}}}';

const DETAIL_EN = '{detail, select, first_name {first name} last_name {last name} phone {phone} email {email} other {{detail}}}';
const DETAIL_DE =
  '{detail, select, first_name {Vorname} last_name {Nachname} phone {Telefonnummer} email {E-Mail-Adresse} other {{detail}}}';
const DETAIL_ES = '{detail, select, first_name {nombre} last_name {apellido} phone {teléfono} email {correo electrónico} other {{detail}}}';

export const refusalsMessages = defineMessages({
  en: {
    // Records named inside "… was not found." / "… was changed by someone else …"
    'refusals.record.thatPigment': 'that pigment',
    'refusals.record.thatBatch': 'that batch',
    'refusals.record.thisBatch': 'this batch',
    'refusals.record.theseOpeningHours': 'these opening hours',
    'refusals.record.theBlockedTime': 'the blocked time',
    'refusals.record.thisBlockedTime': 'this blocked time',
    'refusals.record.theWorkstation': 'the workstation',
    'refusals.record.thatRoom': 'that room',
    'refusals.record.thisRoom': 'this room',
    'refusals.record.theAftercareTemplate': 'the aftercare template',
    'refusals.record.theDocument': 'the document',
    'refusals.record.theSignedDocument': 'the signed document',
    'refusals.record.thePhoto': 'the photo',
    // Signing in and PINs (api/handlers/auth.ts)
    'refusals.auth.chooseWho': 'Choose who you are from the list.',
    'refusals.auth.hasPin': 'You already have a PIN. Sign in with it, or ask an owner to reset it.',
    'refusals.auth.pinJustChosen': 'A PIN was chosen for this person a moment ago. Sign in with it.',
    'refusals.auth.ownerExists': 'The owner account already exists. Sign in with your PIN.',
    'refusals.auth.tooMany': 'Too many wrong PINs. Try again in {wait} seconds.',
    'refusals.auth.noPinYet': 'You have no PIN yet. Choose one: enter it twice below.',
    'refusals.auth.signInFirst': 'Sign in before changing a PIN.',
    'refusals.auth.ownerSetsPin': 'Only an owner can set another person’s PIN.',
    'refusals.auth.currentPinWrong': 'Your current PIN is not right.',
    // Staff (api/handlers/staff.ts)
    'refusals.staff.ownerSetsLanguage': 'Only an owner can change another person’s language.',
    'refusals.staff.lastOwner': 'Stipple needs at least one owner who can sign in. Make someone else an owner first.',
    'refusals.staff.onlyOwner': 'This is the only owner.',
    // Recovery key (api/handlers/keys.ts)
    'refusals.keys.noFile': 'This database has no file on disk.',
    'refusals.keys.notEncrypted': 'This database is not encrypted, so it has no recovery key.',
    'refusals.keys.notABackup': '{file} is not one of the unencrypted backups in Stipple’s backup folders. Nothing was changed.',
    'refusals.keys.ownerFirst': 'Create the owner account first: the recovery key is shown to the owner.',
    'refusals.keys.writtenDown':
      'The recovery key was written down on {date}, and Stipple never shows it again. Keep the printed sheet somewhere safe.',
    'refusals.keys.alreadyConfirmed': 'The recovery key has already been written down; there is nothing more to confirm.',
    'refusals.keys.showFirst': 'Show the recovery key first, then confirm that it is written down.',
    'refusals.keys.wrongGroup': 'That is not the last group of the recovery key. Check what you wrote against the screen.',
    'refusals.keys.noBackupAt': 'There is no backup file at {file}.',
    'refusals.keys.couldNotRemove': 'Stipple could not remove {file} (is the drive read-only?). Nothing was changed.',
    // Backups and checks (api/handlers/safety.ts, api/tasks/jobs.ts, api/erase-backups.ts)
    'refusals.safety.noFile': 'This database has no file on disk to back up.',
    'refusals.safety.notMade': 'The backup could not be made.',
    'refusals.safety.fullPath': 'Give the full path of the backup file.',
    'refusals.safety.noFileAt': 'There is no file at {file}.',
    'refusals.safety.noCheck': 'Checking a backup is not available here: Stipple was started without its migrations.',
    'refusals.safety.noRestore': 'Restoring is not available here: Stipple was started without its migrations.',
    'refusals.safety.folderPath': 'Give the full path of the folder, e.g. /media/usb/stipple-export.',
    'refusals.jobs.mayNotWrite': 'Stipple may not write to {folder}. Choose another folder.',
    'refusals.jobs.diskFull': 'The disk holding {folder} is full.',
    'refusals.eraseBackups.onDisk': 'Backups can be erased from only on a database on disk, opened with its key.',
    'refusals.eraseBackups.eraseFirst': 'Erase the client’s record first; then it can be erased from the backups.',
    // Photos and signed documents (api/handlers/photos.ts, consent.ts, consent-sign.ts)
    'refusals.photos.onDisk': 'Photos need a chart database on disk, opened with its key.',
    'refusals.photos.fileMissing':
      'This photo’s file is missing or was changed outside Stipple. Run a check of the data (verify) and restore it from a backup.',
    'refusals.photos.clinicalFirst': 'Marketing use needs the client’s consent to clinical photos first.',
    'refusals.photos.notTheirSession': 'That session is not one of this client’s.',
    'refusals.photos.noConsent': 'The client has not agreed to clinical photos. Record their consent on the chart first.',
    'refusals.photos.alreadyRemoved': 'This photo was already removed.',
    'refusals.consent.onDisk': 'Signed documents need a chart database on disk, opened with its key.',
    'refusals.consent.pdfNotMade': 'The PDF of this signed document has not been made yet. Open it to make it.',
    'refusals.consent.pdfMissing':
      'This signed document’s PDF is missing or was changed outside Stipple. Run a check of the data (verify) and restore it from a backup.',
    'refusals.consent.hasPdf': 'This signed document already has its PDF. A signed document is never changed: sign a new one.',
    'refusals.consent.notPdf': 'That is not a PDF.',
    'refusals.consentSign.notWhole': 'The signature did not arrive whole. Clear the pad and sign again.',
    'refusals.consentSign.noDocument': 'That consent document does not exist.',
    'refusals.consentSign.changed': `The ${DOCUMENT_EN} was changed while it was open. Read the new version with the client and sign that.`,
    'refusals.consentSign.choosePractitioner': 'Choose the practitioner who countersigns or witnesses.',
    'refusals.consentSign.clinicalFirst':
      'Marketing use of photos needs the client’s consent to clinical photos first. Sign the clinical photo consent before this one.',
    // Payments (api/handlers/payments.ts)
    'refusals.payments.aboveZero': 'Enter an amount above zero.',
    'refusals.payments.wholeAmount': '{currency} has no smaller unit; enter a whole amount.',
    'refusals.payments.decimals': '{currency} has {digits} decimal places; enter no more than that.',
    'refusals.payments.figures': 'Enter the amount in figures, such as 60.00.',
    'refusals.payments.currency': 'This plan is priced in {currency}; take the payment in {currency}.',
    'refusals.payments.cancelled': 'This plan is cancelled; only a refund can be recorded on it.',
    'refusals.payments.notOnPlan': 'That entry is not on this plan.',
    // Booking a chair (api/handlers/booking-chair.ts, book.ts)
    'refusals.booking.chooseRoom': 'Choose a room from the list.',
    'refusals.booking.roomOutOfUse': '{room} is no longer in use. Choose another room.',
    'refusals.booking.roomTaken': '{room} is taken by {client} {from}–{to}. Choose another time or room.',
    'refusals.booking.choosePractitioner': 'Choose a practitioner from the staff list.',
    'refusals.booking.noLongerWorks': '{name} no longer works here. Choose another practitioner.',
    'refusals.booking.isReception': '{name} is reception. Choose a practitioner.',
    'refusals.booking.hasClient': '{name} already has {client} {from}–{to}. Choose another time or practitioner.',
    'refusals.booking.notAvailable': '{name} is not available {from}–{to} ({reason}). Choose another time or practitioner.',
    'refusals.booking.dayOff': `{name} does not work on ${WEEKDAYS_EN}. Give a reason to book outside their hours.`,
    'refusals.booking.outsideHours': `{name} works {opens}–{closes} on ${WEEKDAYS_EN}. Give a reason to book outside their hours.`,
    'refusals.book.noLongerWorks': '{name} no longer works here.',
    'refusals.book.alreadyRemoved': 'This blocked time was already removed.',
    // Contacting clients from the book (api/handlers/book-contact.ts)
    'refusals.bookContact.chooseClient': 'Choose a client from the list.',
    'refusals.bookContact.otherClient': 'This item of the list is about another client.',
    'refusals.bookContact.notTicked': 'This item was not ticked as contacted.',
    'refusals.bookContact.noBooking': 'This client has no booking ahead to put on a card.',
    'refusals.bookContact.chooseBooking': 'Choose one of this client’s bookings.',
    'refusals.bookContact.notBooked': 'This session is not booked: there is nothing to put on a card.',
    // Pigments and batches (api/handlers/pigments.ts, batches.ts)
    'refusals.pigments.onList': '{brand} {shade} is already on the pigment list.',
    'refusals.batches.expiryDiffers': 'Batch {batch} of {shade} expires on {date} in stock. Correct the expiry or the batch number.',
    'refusals.batches.choosePigment': 'Choose a pigment from the list.',
    'refusals.batches.openedFuture': 'The day it was opened cannot be in the future.',
    'refusals.batches.inStock': 'Batch {batch} of {brand} {shade} is already in stock.',
    // Aftercare (api/handlers/aftercare.ts)
    'refusals.aftercare.notPerformed': 'This session did not take place, so there is no aftercare sheet for it.',
    'refusals.aftercare.noDate': 'This session has no date yet, so its aftercare dates cannot be worked out.',
    'refusals.aftercare.templateGone': 'That aftercare template no longer exists; choose another.',
    'refusals.aftercare.noTemplate': 'There is no aftercare template for this kind of session. Add one under Aftercare.',
    // Client rights (api/handlers/rights.ts, record-copy.ts)
    'refusals.rights.alreadyErased': 'This client’s record was erased already.',
    'refusals.rights.keptYears':
      'The clinic keeps medical records for {years} years after the last treatment, so this record can be erased from {date}. You can archive the client now.',
    'refusals.rights.detailsInReason1': `Leave the client’s ${DETAIL_EN.replace(/detail/g, 'a')} out of the reason: the reason stays in the audit trail after the erasure.`,
    'refusals.rights.detailsInReason2': `Leave the client’s ${DETAIL_EN.replace(/detail/g, 'a')} and ${DETAIL_EN.replace(/detail/g, 'b')} out of the reason: the reason stays in the audit trail after the erasure.`,
    'refusals.rights.detailsInReason3': `Leave the client’s ${DETAIL_EN.replace(/detail/g, 'a')} and ${DETAIL_EN.replace(/detail/g, 'b')} and ${DETAIL_EN.replace(/detail/g, 'c')} out of the reason: the reason stays in the audit trail after the erasure.`,
    'refusals.rights.detailsInReason4': `Leave the client’s ${DETAIL_EN.replace(/detail/g, 'a')} and ${DETAIL_EN.replace(/detail/g, 'b')} and ${DETAIL_EN.replace(/detail/g, 'c')} and ${DETAIL_EN.replace(/detail/g, 'd')} out of the reason: the reason stays in the audit trail after the erasure.`,
    'refusals.recordCopy.erased': 'This client’s record was erased: there is nothing of theirs to copy.',
    'refusals.recordCopy.notPdf': 'The readable record is not a PDF. Make the copy again.',
    'refusals.recordCopy.unreadable': 'The readable record could not be read as a PDF. Make the copy again.',
    // Rooms (api/handlers/rooms.ts)
    'refusals.rooms.nameTaken': 'There is already a room called {name}.',
    'refusals.rooms.alreadyAtEnd': '{name} is already {end, select, first {first} other {last}}.',
    // Hub and workstations (api/handlers/network.ts, workstations.ts)
    'refusals.network.nothingWaits': 'Nothing waits to be sent from this computer: it holds the clinic’s data itself.',
    'refusals.network.holdsData':
      'This computer already holds a clinic’s data, so it cannot join a hub: joining would hide it. Make this computer the hub instead, or join from a computer that is new to Stipple.',
    'refusals.workstations.notHub':
      'This Stipple is not serving workstations, so it cannot pair one. Turn on “This computer is the clinic’s hub” in Settings → Workstations (or start a headless hub with npm run stipple -- hub) and ask again.',
    'refusals.workstations.alreadyRevoked': '{name} was already revoked; it cannot reach the hub.',
    // Clinic forms (api/handlers/documents.ts)
    'refusals.documents.missing': 'The clinic’s forms are missing from this database. Restart Stipple to add the defaults.',
    'refusals.documents.kindKept': 'A question keeps its kind once asked. Add a new question instead.',
    'refusals.auth.pinLength': 'The clinic asks for PINs of {shortest} to 8 digits.',
    'refusals.auth.wrongPinWait': 'That PIN is not right. Try again in {wait} seconds.',
    'refusals.auth.wrongPin': 'That PIN is not right. Try again.',
    'refusals.jobs.reasonAnyway': 'Give the reason for restoring this file anyway.',
    'refusals.jobs.restoreAnyway': 'To restore it anyway, tick “Restore anyway” and give the reason; it is written to the audit trail.',
    'refusals.consentSign.clientNotSigned': 'The client has not signed yet.',
    'refusals.consentSign.practitionerNotSigned': 'The practitioner has not countersigned yet.',
    'refusals.dispatch.reusedKey':
      'This change’s key was already used for a different change, so it was not applied. Nothing was saved; save it again.',
    'refusals.sessions.consentUnsigned':
      'The client has not signed the treatment consent yet. Ask them to sign it before the session is charted.',
    'refusals.sessions.consentChanged':
      'The treatment consent changed to version {current} since the client agreed to version {signed}. Ask them to read and sign it again before the session is charted.',
    'refusals.erasure.notInDatabase': 'This client is not in the database.',
    'refusals.erasure.chainBroken':
      'The audit trail did not check out when Stipple opened this database, so its entries cannot be redacted without hiding that. Run Verify, and restore a backup that verifies.',
    'refusals.erasure.entryChanged':
      'Audit entry {id} about this client was changed outside Stipple; redacting it would hide that. Run Verify, and restore a backup that verifies.',
    'refusals.photos.unknownAngle': '“{angle}” is not one of the clinic’s angles.',
  },
  de: {
    'refusals.record.thatPigment': 'dieses Pigment',
    'refusals.record.thatBatch': 'diese Charge',
    'refusals.record.thisBatch': 'diese Charge',
    'refusals.record.theseOpeningHours': 'dieser Arbeitszeitplan',
    'refusals.record.theBlockedTime': 'die geblockte Zeit',
    'refusals.record.thisBlockedTime': 'diese geblockte Zeit',
    'refusals.record.theWorkstation': 'der Arbeitsplatz',
    'refusals.record.thatRoom': 'dieser Raum',
    'refusals.record.thisRoom': 'dieser Raum',
    'refusals.record.theAftercareTemplate': 'die Nachsorge-Vorlage',
    'refusals.record.theDocument': 'das Dokument',
    'refusals.record.theSignedDocument': 'das unterschriebene Dokument',
    'refusals.record.thePhoto': 'das Foto',
    'refusals.auth.chooseWho': 'Wählen Sie sich in der Liste aus.',
    'refusals.auth.hasPin': 'Sie haben bereits eine PIN. Melden Sie sich damit an oder bitten Sie einen Inhaber, sie zurückzusetzen.',
    'refusals.auth.pinJustChosen': 'Für diese Person wurde gerade eine PIN gewählt. Melden Sie sich damit an.',
    'refusals.auth.ownerExists': 'Das Inhaberkonto besteht bereits. Melden Sie sich mit Ihrer PIN an.',
    'refusals.auth.tooMany': 'Zu viele falsche PINs. Versuchen Sie es in {wait} Sekunden erneut.',
    'refusals.auth.noPinYet': 'Sie haben noch keine PIN. Wählen Sie eine und geben Sie sie unten zweimal ein.',
    'refusals.auth.signInFirst': 'Melden Sie sich an, bevor Sie eine PIN ändern.',
    'refusals.auth.ownerSetsPin': 'Nur ein Inhaber kann die PIN einer anderen Person festlegen.',
    'refusals.auth.currentPinWrong': 'Ihre aktuelle PIN ist nicht richtig.',
    'refusals.staff.ownerSetsLanguage': 'Nur ein Inhaber kann die Sprache einer anderen Person ändern.',
    'refusals.staff.lastOwner':
      'Stipple braucht mindestens einen Inhaber, der sich anmelden kann. Machen Sie zuerst jemand anderen zum Inhaber.',
    'refusals.staff.onlyOwner': 'Dies ist der einzige Inhaber.',
    'refusals.keys.noFile': 'Diese Datenbank hat keine Datei auf dem Datenträger.',
    'refusals.keys.notEncrypted': 'Diese Datenbank ist nicht verschlüsselt und hat daher keinen Wiederherstellungsschlüssel.',
    'refusals.keys.notABackup':
      '{file} ist keine der unverschlüsselten Sicherungen in den Sicherungsordnern von Stipple. Es wurde nichts geändert.',
    'refusals.keys.ownerFirst': 'Legen Sie zuerst das Inhaberkonto an: Der Wiederherstellungsschlüssel wird dem Inhaber angezeigt.',
    'refusals.keys.writtenDown':
      'Der Wiederherstellungsschlüssel wurde am {date} notiert, und Stipple zeigt ihn nie wieder an. Bewahren Sie das ausgedruckte Blatt sicher auf.',
    'refusals.keys.alreadyConfirmed': 'Der Wiederherstellungsschlüssel wurde bereits notiert; es gibt nichts mehr zu bestätigen.',
    'refusals.keys.showFirst': 'Lassen Sie zuerst den Wiederherstellungsschlüssel anzeigen und bestätigen Sie dann, dass er notiert ist.',
    'refusals.keys.wrongGroup':
      'Das ist nicht die letzte Gruppe des Wiederherstellungsschlüssels. Vergleichen Sie Ihre Notiz mit dem Bildschirm.',
    'refusals.keys.noBackupAt': 'Unter {file} gibt es keine Sicherungsdatei.',
    'refusals.keys.couldNotRemove': 'Stipple konnte {file} nicht entfernen (ist das Laufwerk schreibgeschützt?). Es wurde nichts geändert.',
    'refusals.safety.noFile': 'Diese Datenbank hat keine Datei auf dem Datenträger, die gesichert werden könnte.',
    'refusals.safety.notMade': 'Die Sicherung konnte nicht erstellt werden.',
    'refusals.safety.fullPath': 'Geben Sie den vollständigen Pfad der Sicherungsdatei an.',
    'refusals.safety.noFileAt': 'Unter {file} gibt es keine Datei.',
    'refusals.safety.noCheck': 'Eine Sicherung kann hier nicht geprüft werden: Stipple wurde ohne seine Migrationen gestartet.',
    'refusals.safety.noRestore': 'Wiederherstellen ist hier nicht möglich: Stipple wurde ohne seine Migrationen gestartet.',
    'refusals.safety.folderPath': 'Geben Sie den vollständigen Pfad des Ordners an, z. B. /media/usb/stipple-export.',
    'refusals.jobs.mayNotWrite': 'Stipple darf nicht in {folder} schreiben. Wählen Sie einen anderen Ordner.',
    'refusals.jobs.diskFull': 'Der Datenträger mit {folder} ist voll.',
    'refusals.eraseBackups.onDisk':
      'Aus Sicherungen kann nur bei einer Datenbank auf dem Datenträger gelöscht werden, die mit ihrem Schlüssel geöffnet ist.',
    'refusals.eraseBackups.eraseFirst': 'Löschen Sie zuerst die Akte des Kunden; danach kann sie aus den Sicherungen gelöscht werden.',
    'refusals.photos.onDisk': 'Fotos brauchen eine Datenbank auf dem Datenträger, die mit ihrem Schlüssel geöffnet ist.',
    'refusals.photos.fileMissing':
      'Die Datei dieses Fotos fehlt oder wurde außerhalb von Stipple verändert. Prüfen Sie die Daten (Prüfung) und stellen Sie sie aus einer Sicherung wieder her.',
    'refusals.photos.clinicalFirst': 'Für die Werbenutzung braucht es zuerst die Einwilligung des Kunden zu klinischen Fotos.',
    'refusals.photos.notTheirSession': 'Diese Sitzung gehört nicht zu diesem Kunden.',
    'refusals.photos.noConsent': 'Der Kunde hat klinischen Fotos nicht zugestimmt. Erfassen Sie zuerst die Einwilligung in der Akte.',
    'refusals.photos.alreadyRemoved': 'Dieses Foto wurde bereits entfernt.',
    'refusals.consent.onDisk':
      'Unterschriebene Dokumente brauchen eine Datenbank auf dem Datenträger, die mit ihrem Schlüssel geöffnet ist.',
    'refusals.consent.pdfNotMade':
      'Das PDF dieses unterschriebenen Dokuments wurde noch nicht erstellt. Öffnen Sie es, um es zu erstellen.',
    'refusals.consent.pdfMissing':
      'Das PDF dieses unterschriebenen Dokuments fehlt oder wurde außerhalb von Stipple verändert. Prüfen Sie die Daten (Prüfung) und stellen Sie es aus einer Sicherung wieder her.',
    'refusals.consent.hasPdf':
      'Dieses unterschriebene Dokument hat bereits sein PDF. Ein unterschriebenes Dokument wird nie geändert: Lassen Sie ein neues unterschreiben.',
    'refusals.consent.notPdf': 'Das ist kein PDF.',
    'refusals.consentSign.notWhole':
      'Die Unterschrift ist nicht vollständig angekommen. Leeren Sie das Feld und unterschreiben Sie erneut.',
    'refusals.consentSign.noDocument': 'Dieses Einwilligungsdokument gibt es nicht.',
    'refusals.consentSign.changed': `${DOCUMENT_DE} wurde geändert, während das Dokument geöffnet war. Lesen Sie die neue Fassung mit dem Kunden und lassen Sie diese unterschreiben.`,
    'refusals.consentSign.choosePractitioner': 'Wählen Sie den Behandler, der gegenzeichnet oder bezeugt.',
    'refusals.consentSign.clinicalFirst':
      'Die Werbenutzung von Fotos braucht zuerst die Einwilligung des Kunden zu klinischen Fotos. Lassen Sie vorher die Einwilligung zu klinischen Fotos unterschreiben.',
    'refusals.payments.aboveZero': 'Geben Sie einen Betrag über null ein.',
    'refusals.payments.wholeAmount': '{currency} hat keine kleinere Einheit; geben Sie einen ganzen Betrag ein.',
    'refusals.payments.decimals': '{currency} hat {digits} Nachkommastellen; geben Sie nicht mehr ein.',
    'refusals.payments.figures': 'Geben Sie den Betrag in Ziffern ein, z. B. 60,00.',
    'refusals.payments.currency': 'Dieser Plan ist in {currency} berechnet; nehmen Sie die Zahlung in {currency} an.',
    'refusals.payments.cancelled': 'Dieser Plan ist storniert; es kann nur noch eine Erstattung erfasst werden.',
    'refusals.payments.notOnPlan': 'Dieser Eintrag gehört nicht zu diesem Plan.',
    'refusals.booking.chooseRoom': 'Wählen Sie einen Raum aus der Liste.',
    'refusals.booking.roomOutOfUse': '{room} ist nicht mehr in Gebrauch. Wählen Sie einen anderen Raum.',
    'refusals.booking.roomTaken': '{room} ist {from}–{to} durch {client} belegt. Wählen Sie eine andere Zeit oder einen anderen Raum.',
    'refusals.booking.choosePractitioner': 'Wählen Sie einen Behandler aus der Mitarbeiterliste.',
    'refusals.booking.noLongerWorks': '{name} arbeitet nicht mehr hier. Wählen Sie einen anderen Behandler.',
    'refusals.booking.isReception': '{name} ist am Empfang tätig. Wählen Sie einen Behandler.',
    'refusals.booking.hasClient': '{name} hat {from}–{to} bereits {client}. Wählen Sie eine andere Zeit oder einen anderen Behandler.',
    'refusals.booking.notAvailable':
      '{name} ist {from}–{to} nicht verfügbar ({reason}). Wählen Sie eine andere Zeit oder einen anderen Behandler.',
    'refusals.booking.dayOff': `{name} arbeitet ${WEEKDAYS_DE} nicht. Geben Sie einen Grund an, um außerhalb der Arbeitszeit zu buchen.`,
    'refusals.booking.outsideHours': `{name} arbeitet ${WEEKDAYS_DE} {opens}–{closes}. Geben Sie einen Grund an, um außerhalb der Arbeitszeit zu buchen.`,
    'refusals.book.noLongerWorks': '{name} arbeitet nicht mehr hier.',
    'refusals.book.alreadyRemoved': 'Diese geblockte Zeit wurde bereits entfernt.',
    'refusals.bookContact.chooseClient': 'Wählen Sie einen Kunden aus der Liste.',
    'refusals.bookContact.otherClient': 'Dieser Eintrag der Liste betrifft einen anderen Kunden.',
    'refusals.bookContact.notTicked': 'Dieser Eintrag wurde nicht als kontaktiert abgehakt.',
    'refusals.bookContact.noBooking': 'Dieser Kunde hat keinen bevorstehenden Termin für eine Terminkarte.',
    'refusals.bookContact.chooseBooking': 'Wählen Sie einen Termin dieses Kunden.',
    'refusals.bookContact.notBooked': 'Diese Sitzung ist nicht gebucht: Es gibt nichts für eine Terminkarte.',
    'refusals.pigments.onList': '{brand} {shade} steht bereits auf der Pigmentliste.',
    'refusals.batches.expiryDiffers':
      'Charge {batch} von {shade} läuft laut Bestand am {date} ab. Korrigieren Sie das Ablaufdatum oder die Chargennummer.',
    'refusals.batches.choosePigment': 'Wählen Sie ein Pigment aus der Liste.',
    'refusals.batches.openedFuture': 'Der Tag des Öffnens kann nicht in der Zukunft liegen.',
    'refusals.batches.inStock': 'Charge {batch} von {brand} {shade} ist bereits im Bestand.',
    'refusals.aftercare.notPerformed': 'Diese Sitzung hat nicht stattgefunden, daher gibt es kein Nachsorgeblatt dafür.',
    'refusals.aftercare.noDate': 'Diese Sitzung hat noch kein Datum, daher lassen sich die Nachsorgetermine nicht berechnen.',
    'refusals.aftercare.templateGone': 'Diese Nachsorge-Vorlage gibt es nicht mehr; wählen Sie eine andere.',
    'refusals.aftercare.noTemplate': 'Für diese Art von Sitzung gibt es keine Nachsorge-Vorlage. Legen Sie eine unter Nachsorge an.',
    'refusals.rights.alreadyErased': 'Die Akte dieses Kunden wurde bereits gelöscht.',
    'refusals.rights.keptYears':
      'Die Praxis bewahrt medizinische Akten {years} Jahre nach der letzten Behandlung auf, daher kann diese Akte ab dem {date} gelöscht werden. Sie können den Kunden jetzt archivieren.',
    'refusals.rights.detailsInReason1': `Lassen Sie ${DETAIL_DE.replace(/detail/g, 'a')} des Kunden aus dem Grund weg: Der Grund bleibt nach der Löschung im Prüfprotokoll.`,
    'refusals.rights.detailsInReason2': `Lassen Sie ${DETAIL_DE.replace(/detail/g, 'a')} und ${DETAIL_DE.replace(/detail/g, 'b')} des Kunden aus dem Grund weg: Der Grund bleibt nach der Löschung im Prüfprotokoll.`,
    'refusals.rights.detailsInReason3': `Lassen Sie ${DETAIL_DE.replace(/detail/g, 'a')}, ${DETAIL_DE.replace(/detail/g, 'b')} und ${DETAIL_DE.replace(/detail/g, 'c')} des Kunden aus dem Grund weg: Der Grund bleibt nach der Löschung im Prüfprotokoll.`,
    'refusals.rights.detailsInReason4': `Lassen Sie ${DETAIL_DE.replace(/detail/g, 'a')}, ${DETAIL_DE.replace(/detail/g, 'b')}, ${DETAIL_DE.replace(/detail/g, 'c')} und ${DETAIL_DE.replace(/detail/g, 'd')} des Kunden aus dem Grund weg: Der Grund bleibt nach der Löschung im Prüfprotokoll.`,
    'refusals.recordCopy.erased': 'Die Akte dieses Kunden wurde gelöscht: Es gibt nichts mehr zu kopieren.',
    'refusals.recordCopy.notPdf': 'Die lesbare Akte ist kein PDF. Erstellen Sie die Kopie erneut.',
    'refusals.recordCopy.unreadable': 'Die lesbare Akte konnte nicht als PDF gelesen werden. Erstellen Sie die Kopie erneut.',
    'refusals.rooms.nameTaken': 'Es gibt bereits einen Raum namens {name}.',
    'refusals.rooms.alreadyAtEnd': '{name} ist bereits {end, select, first {der erste} other {der letzte}}.',
    'refusals.network.nothingWaits': 'Auf diesem Computer wartet nichts auf das Senden: Er hält die Daten der Praxis selbst.',
    'refusals.network.holdsData':
      'Dieser Computer hält bereits die Daten einer Praxis und kann daher keinem Hub beitreten: Der Beitritt würde sie verbergen. Machen Sie stattdessen diesen Computer zum Hub oder treten Sie von einem Computer bei, der neu bei Stipple ist.',
    'refusals.workstations.notHub':
      'Dieses Stipple bedient keine Arbeitsplätze und kann daher keinen koppeln. Schalten Sie „Dieser Computer ist der Hub der Praxis“ unter Einstellungen → Arbeitsplätze ein (oder starten Sie einen Hub ohne Oberfläche mit npm run stipple -- hub) und versuchen Sie es erneut.',
    'refusals.workstations.alreadyRevoked': '{name} wurde bereits gesperrt; der Hub ist von dort nicht erreichbar.',
    'refusals.documents.missing':
      'Die Formulare der Praxis fehlen in dieser Datenbank. Starten Sie Stipple neu, um die Standardformulare anzulegen.',
    'refusals.documents.kindKept': 'Eine Frage behält ihre Art, sobald sie gestellt wurde. Fügen Sie stattdessen eine neue Frage hinzu.',
    'refusals.auth.pinLength': 'Die Praxis verlangt PINs mit {shortest} bis 8 Ziffern.',
    'refusals.auth.wrongPinWait': 'Diese PIN ist nicht richtig. Versuchen Sie es in {wait} Sekunden erneut.',
    'refusals.auth.wrongPin': 'Diese PIN ist nicht richtig. Versuchen Sie es erneut.',
    'refusals.jobs.reasonAnyway': 'Geben Sie den Grund an, warum Sie diese Datei trotzdem wiederherstellen.',
    'refusals.jobs.restoreAnyway':
      'Um sie trotzdem wiederherzustellen, haken Sie „Trotzdem wiederherstellen“ an und geben Sie den Grund an; er wird im Prüfprotokoll festgehalten.',
    'refusals.consentSign.clientNotSigned': 'Der Kunde hat noch nicht unterschrieben.',
    'refusals.consentSign.practitionerNotSigned': 'Der Behandler hat noch nicht gegengezeichnet.',
    'refusals.dispatch.reusedKey':
      'Der Schlüssel dieser Änderung wurde schon für eine andere Änderung verwendet, daher wurde sie nicht übernommen. Es wurde nichts gespeichert; speichern Sie erneut.',
    'refusals.sessions.consentUnsigned':
      'Der Kunde hat die Behandlungseinwilligung noch nicht unterschrieben. Lassen Sie sie unterschreiben, bevor die Sitzung dokumentiert wird.',
    'refusals.sessions.consentChanged':
      'Die Behandlungseinwilligung liegt inzwischen in Version {current} vor; der Kunde hat Version {signed} zugestimmt. Lassen Sie sie erneut lesen und unterschreiben, bevor die Sitzung dokumentiert wird.',
    'refusals.erasure.notInDatabase': 'Dieser Kunde ist nicht in der Datenbank.',
    'refusals.erasure.chainBroken':
      'Das Prüfprotokoll war beim Öffnen dieser Datenbank nicht in Ordnung, daher können seine Einträge nicht geschwärzt werden, ohne das zu verbergen. Führen Sie die Prüfung aus und stellen Sie eine Sicherung wieder her, die sie besteht.',
    'refusals.erasure.entryChanged':
      'Der Protokolleintrag {id} zu diesem Kunden wurde außerhalb von Stipple verändert; ihn zu schwärzen würde das verbergen. Führen Sie die Prüfung aus und stellen Sie eine Sicherung wieder her, die sie besteht.',
    'refusals.photos.unknownAngle': '„{angle}“ ist keiner der Blickwinkel der Praxis.',
  },
  es: {
    'refusals.record.thatPigment': 'ese pigmento',
    'refusals.record.thatBatch': 'ese lote',
    'refusals.record.thisBatch': 'este lote',
    'refusals.record.theseOpeningHours': 'este horario',
    'refusals.record.theBlockedTime': 'el tiempo bloqueado',
    'refusals.record.thisBlockedTime': 'este tiempo bloqueado',
    'refusals.record.theWorkstation': 'el puesto de trabajo',
    'refusals.record.thatRoom': 'esa sala',
    'refusals.record.thisRoom': 'esta sala',
    'refusals.record.theAftercareTemplate': 'la plantilla de cuidados posteriores',
    'refusals.record.theDocument': 'el documento',
    'refusals.record.theSignedDocument': 'el documento firmado',
    'refusals.record.thePhoto': 'la foto',
    'refusals.auth.chooseWho': 'Elija quién es usted en la lista.',
    'refusals.auth.hasPin': 'Ya tiene un PIN. Inicie sesión con él o pida a un propietario que lo restablezca.',
    'refusals.auth.pinJustChosen': 'Se acaba de elegir un PIN para esta persona. Inicie sesión con él.',
    'refusals.auth.ownerExists': 'La cuenta del propietario ya existe. Inicie sesión con su PIN.',
    'refusals.auth.tooMany': 'Demasiados PIN incorrectos. Vuelva a intentarlo en {wait} segundos.',
    'refusals.auth.noPinYet': 'Aún no tiene PIN. Elija uno: introdúzcalo dos veces abajo.',
    'refusals.auth.signInFirst': 'Inicie sesión antes de cambiar un PIN.',
    'refusals.auth.ownerSetsPin': 'Solo un propietario puede establecer el PIN de otra persona.',
    'refusals.auth.currentPinWrong': 'Su PIN actual no es correcto.',
    'refusals.staff.ownerSetsLanguage': 'Solo un propietario puede cambiar el idioma de otra persona.',
    'refusals.staff.lastOwner': 'Stipple necesita al menos un propietario que pueda iniciar sesión. Haga antes propietario a otra persona.',
    'refusals.staff.onlyOwner': 'Es el único propietario.',
    'refusals.keys.noFile': 'Esta base de datos no tiene archivo en el disco.',
    'refusals.keys.notEncrypted': 'Esta base de datos no está cifrada, así que no tiene clave de recuperación.',
    'refusals.keys.notABackup':
      '{file} no es una de las copias de seguridad sin cifrar de las carpetas de copias de Stipple. No se ha cambiado nada.',
    'refusals.keys.ownerFirst': 'Cree primero la cuenta del propietario: la clave de recuperación se muestra al propietario.',
    'refusals.keys.writtenDown':
      'La clave de recuperación se anotó el {date} y Stipple no vuelve a mostrarla. Guarde la hoja impresa en un lugar seguro.',
    'refusals.keys.alreadyConfirmed': 'La clave de recuperación ya se ha anotado; no queda nada por confirmar.',
    'refusals.keys.showFirst': 'Muestre primero la clave de recuperación y después confirme que la ha anotado.',
    'refusals.keys.wrongGroup': 'Ese no es el último grupo de la clave de recuperación. Compare lo que anotó con la pantalla.',
    'refusals.keys.noBackupAt': 'No hay ninguna copia de seguridad en {file}.',
    'refusals.keys.couldNotRemove': 'Stipple no pudo eliminar {file} (¿la unidad es de solo lectura?). No se ha cambiado nada.',
    'refusals.safety.noFile': 'Esta base de datos no tiene archivo en el disco del que hacer copia.',
    'refusals.safety.notMade': 'No se pudo hacer la copia de seguridad.',
    'refusals.safety.fullPath': 'Indique la ruta completa del archivo de copia de seguridad.',
    'refusals.safety.noFileAt': 'No hay ningún archivo en {file}.',
    'refusals.safety.noCheck': 'Aquí no se puede comprobar una copia: Stipple se inició sin sus migraciones.',
    'refusals.safety.noRestore': 'Aquí no se puede restaurar: Stipple se inició sin sus migraciones.',
    'refusals.safety.folderPath': 'Indique la ruta completa de la carpeta, p. ej. /media/usb/stipple-export.',
    'refusals.jobs.mayNotWrite': 'Stipple no puede escribir en {folder}. Elija otra carpeta.',
    'refusals.jobs.diskFull': 'El disco que contiene {folder} está lleno.',
    'refusals.eraseBackups.onDisk': 'Solo se puede borrar de las copias con una base de datos en disco, abierta con su clave.',
    'refusals.eraseBackups.eraseFirst': 'Borre primero el expediente del cliente; después podrá borrarse de las copias.',
    'refusals.photos.onDisk': 'Las fotos necesitan una base de datos en disco, abierta con su clave.',
    'refusals.photos.fileMissing':
      'Falta el archivo de esta foto o se modificó fuera de Stipple. Compruebe los datos (verificar) y restáurelo desde una copia de seguridad.',
    'refusals.photos.clinicalFirst': 'El uso publicitario necesita antes el consentimiento del cliente para fotos clínicas.',
    'refusals.photos.notTheirSession': 'Esa sesión no es de este cliente.',
    'refusals.photos.noConsent': 'El cliente no ha aceptado las fotos clínicas. Registre antes su consentimiento en el expediente.',
    'refusals.photos.alreadyRemoved': 'Esta foto ya se eliminó.',
    'refusals.consent.onDisk': 'Los documentos firmados necesitan una base de datos en disco, abierta con su clave.',
    'refusals.consent.pdfNotMade': 'El PDF de este documento firmado aún no se ha generado. Ábralo para generarlo.',
    'refusals.consent.pdfMissing':
      'Falta el PDF de este documento firmado o se modificó fuera de Stipple. Compruebe los datos (verificar) y restáurelo desde una copia de seguridad.',
    'refusals.consent.hasPdf': 'Este documento firmado ya tiene su PDF. Un documento firmado nunca se cambia: firme uno nuevo.',
    'refusals.consent.notPdf': 'Eso no es un PDF.',
    'refusals.consentSign.notWhole': 'La firma no llegó completa. Borre el panel y vuelva a firmar.',
    'refusals.consentSign.noDocument': 'Ese documento de consentimiento no existe.',
    'refusals.consentSign.changed': `${DOCUMENT_ES} cambió mientras estaba abierto. Lea la nueva versión con el cliente y firme esa.`,
    'refusals.consentSign.choosePractitioner': 'Elija el profesional que firma como testigo o refrenda.',
    'refusals.consentSign.clinicalFirst':
      'El uso publicitario de fotos necesita antes el consentimiento del cliente para fotos clínicas. Firme primero el consentimiento de fotos clínicas.',
    'refusals.payments.aboveZero': 'Introduzca un importe mayor que cero.',
    'refusals.payments.wholeAmount': '{currency} no tiene unidad menor; introduzca un importe entero.',
    'refusals.payments.decimals': '{currency} tiene {digits} decimales; no introduzca más.',
    'refusals.payments.figures': 'Introduzca el importe en cifras, p. ej. 60,00.',
    'refusals.payments.currency': 'Este plan está en {currency}; cobre el pago en {currency}.',
    'refusals.payments.cancelled': 'Este plan está cancelado; solo se puede registrar un reembolso.',
    'refusals.payments.notOnPlan': 'Esa entrada no es de este plan.',
    'refusals.booking.chooseRoom': 'Elija una sala de la lista.',
    'refusals.booking.roomOutOfUse': '{room} ya no se usa. Elija otra sala.',
    'refusals.booking.roomTaken': '{room} está ocupada por {client} de {from} a {to}. Elija otra hora u otra sala.',
    'refusals.booking.choosePractitioner': 'Elija un profesional de la lista del equipo.',
    'refusals.booking.noLongerWorks': '{name} ya no trabaja aquí. Elija otro profesional.',
    'refusals.booking.isReception': '{name} es de recepción. Elija un profesional.',
    'refusals.booking.hasClient': '{name} ya tiene a {client} de {from} a {to}. Elija otra hora u otro profesional.',
    'refusals.booking.notAvailable': '{name} no está disponible de {from} a {to} ({reason}). Elija otra hora u otro profesional.',
    'refusals.booking.dayOff': `{name} no trabaja ${WEEKDAYS_ES}. Indique un motivo para reservar fuera de su horario.`,
    'refusals.booking.outsideHours': `{name} trabaja de {opens} a {closes} ${WEEKDAYS_ES}. Indique un motivo para reservar fuera de su horario.`,
    'refusals.book.noLongerWorks': '{name} ya no trabaja aquí.',
    'refusals.book.alreadyRemoved': 'Este tiempo bloqueado ya se eliminó.',
    'refusals.bookContact.chooseClient': 'Elija un cliente de la lista.',
    'refusals.bookContact.otherClient': 'Este elemento de la lista es de otro cliente.',
    'refusals.bookContact.notTicked': 'Este elemento no se marcó como contactado.',
    'refusals.bookContact.noBooking': 'Este cliente no tiene ninguna cita próxima para poner en una tarjeta.',
    'refusals.bookContact.chooseBooking': 'Elija una de las citas de este cliente.',
    'refusals.bookContact.notBooked': 'Esta sesión no está reservada: no hay nada que poner en una tarjeta.',
    'refusals.pigments.onList': '{brand} {shade} ya está en la lista de pigmentos.',
    'refusals.batches.expiryDiffers':
      'El lote {batch} de {shade} caduca el {date} según el inventario. Corrija la caducidad o el número de lote.',
    'refusals.batches.choosePigment': 'Elija un pigmento de la lista.',
    'refusals.batches.openedFuture': 'El día en que se abrió no puede estar en el futuro.',
    'refusals.batches.inStock': 'El lote {batch} de {brand} {shade} ya está en el inventario.',
    'refusals.aftercare.notPerformed': 'Esta sesión no se realizó, así que no tiene hoja de cuidados posteriores.',
    'refusals.aftercare.noDate': 'Esta sesión aún no tiene fecha, así que no se pueden calcular las fechas de cuidados posteriores.',
    'refusals.aftercare.templateGone': 'Esa plantilla de cuidados posteriores ya no existe; elija otra.',
    'refusals.aftercare.noTemplate':
      'No hay plantilla de cuidados posteriores para este tipo de sesión. Añada una en Cuidados posteriores.',
    'refusals.rights.alreadyErased': 'El expediente de este cliente ya se borró.',
    'refusals.rights.keptYears':
      'La clínica conserva los expedientes médicos {years} años después del último tratamiento, así que este expediente se puede borrar a partir del {date}. Puede archivar al cliente ahora.',
    'refusals.rights.detailsInReason1': `No incluya el ${DETAIL_ES.replace(/detail/g, 'a')} del cliente en el motivo: el motivo permanece en el registro de auditoría tras el borrado.`,
    'refusals.rights.detailsInReason2': `No incluya el ${DETAIL_ES.replace(/detail/g, 'a')} ni el ${DETAIL_ES.replace(/detail/g, 'b')} del cliente en el motivo: el motivo permanece en el registro de auditoría tras el borrado.`,
    'refusals.rights.detailsInReason3': `No incluya el ${DETAIL_ES.replace(/detail/g, 'a')}, el ${DETAIL_ES.replace(/detail/g, 'b')} ni el ${DETAIL_ES.replace(/detail/g, 'c')} del cliente en el motivo: el motivo permanece en el registro de auditoría tras el borrado.`,
    'refusals.rights.detailsInReason4': `No incluya el ${DETAIL_ES.replace(/detail/g, 'a')}, el ${DETAIL_ES.replace(/detail/g, 'b')}, el ${DETAIL_ES.replace(/detail/g, 'c')} ni el ${DETAIL_ES.replace(/detail/g, 'd')} del cliente en el motivo: el motivo permanece en el registro de auditoría tras el borrado.`,
    'refusals.recordCopy.erased': 'El expediente de este cliente se borró: no queda nada suyo que copiar.',
    'refusals.recordCopy.notPdf': 'El expediente legible no es un PDF. Vuelva a hacer la copia.',
    'refusals.recordCopy.unreadable': 'El expediente legible no se pudo leer como PDF. Vuelva a hacer la copia.',
    'refusals.rooms.nameTaken': 'Ya hay una sala llamada {name}.',
    'refusals.rooms.alreadyAtEnd': '{name} ya es la {end, select, first {primera} other {última}}.',
    'refusals.network.nothingWaits': 'En este equipo no hay nada pendiente de envío: guarda él mismo los datos de la clínica.',
    'refusals.network.holdsData':
      'Este equipo ya guarda los datos de una clínica, así que no puede unirse a un hub: unirse los ocultaría. Haga de este equipo el hub o únase desde un equipo nuevo en Stipple.',
    'refusals.workstations.notHub':
      'Este Stipple no da servicio a puestos de trabajo, así que no puede emparejar uno. Active «Este equipo es el hub de la clínica» en Ajustes → Puestos de trabajo (o inicie un hub sin interfaz con npm run stipple -- hub) y vuelva a intentarlo.',
    'refusals.workstations.alreadyRevoked': '{name} ya se revocó; no puede conectar con el hub.',
    'refusals.documents.missing':
      'Faltan los formularios de la clínica en esta base de datos. Reinicie Stipple para añadir los predeterminados.',
    'refusals.documents.kindKept': 'Una pregunta conserva su tipo una vez formulada. Añada una pregunta nueva.',
    'refusals.auth.pinLength': 'La clínica pide PIN de {shortest} a 8 dígitos.',
    'refusals.auth.wrongPinWait': 'Ese PIN no es correcto. Vuelva a intentarlo en {wait} segundos.',
    'refusals.auth.wrongPin': 'Ese PIN no es correcto. Vuelva a intentarlo.',
    'refusals.jobs.reasonAnyway': 'Indique el motivo para restaurar este archivo de todos modos.',
    'refusals.jobs.restoreAnyway':
      'Para restaurarla de todos modos, marque «Restaurar de todos modos» e indique el motivo; queda en el registro de auditoría.',
    'refusals.consentSign.clientNotSigned': 'El cliente aún no ha firmado.',
    'refusals.consentSign.practitionerNotSigned': 'El profesional aún no ha refrendado.',
    'refusals.dispatch.reusedKey':
      'La clave de este cambio ya se usó para otro cambio, así que no se aplicó. No se ha guardado nada; vuelva a guardar.',
    'refusals.sessions.consentUnsigned':
      'El cliente aún no ha firmado el consentimiento de tratamiento. Pídale que lo firme antes de registrar la sesión.',
    'refusals.sessions.consentChanged':
      'El consentimiento de tratamiento ha pasado a la versión {current} desde que el cliente aceptó la versión {signed}. Pídale que lo lea y lo firme de nuevo antes de registrar la sesión.',
    'refusals.erasure.notInDatabase': 'Este cliente no está en la base de datos.',
    'refusals.erasure.chainBroken':
      'El registro de auditoría no superó la comprobación al abrir esta base de datos, así que sus entradas no pueden anonimizarse sin ocultarlo. Ejecute Verificar y restaure una copia de seguridad que la supere.',
    'refusals.erasure.entryChanged':
      'La entrada de auditoría {id} de este cliente se modificó fuera de Stipple; anonimizarla lo ocultaría. Ejecute Verificar y restaure una copia de seguridad que la supere.',
    'refusals.photos.unknownAngle': '«{angle}» no es uno de los ángulos de la clínica.',
  },
});
