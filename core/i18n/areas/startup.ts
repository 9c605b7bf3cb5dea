// Words of startup in every shipped language (ids start with 'startup.'). See ../define.ts.
// What Stipple says before the chart database is open: the passphrase page and the error boxes of a
// refused start (db/errors.ts DatabaseOpenError, electron/main/open-chart.ts). The clinic's
// language is in the database, so these read the operating system's language instead.
import { defineMessages } from '../define';

export const startupMessages = defineMessages({
  en: {
    'startup.prompt.create.title': 'Choose a passphrase for Stipple',
    'startup.prompt.create.intro':
      'This computer has no keychain to keep the chart database’s key in, so Stipple protects it with a passphrase instead. You will type it each time Stipple starts. Choose a few words you will remember (at least 10 characters), and keep the recovery key sheet in case it is forgotten.',
    'startup.prompt.passphrase': 'Passphrase',
    'startup.prompt.create.again': 'The same passphrase again',
    'startup.prompt.create.button': 'Set the passphrase',
    'startup.prompt.enter.title': 'Unlock Stipple',
    'startup.prompt.enter.intro': 'Type the passphrase that protects the chart database on this computer.',
    'startup.prompt.enter.button': 'Unlock',
    'startup.prompt.recovery.title': 'Open a chart database from another computer',
    'startup.prompt.recovery.intro':
      'Stipple found a chart database that was encrypted on another computer ({file}). Type the recovery key from the sheet printed when Stipple was set up there: 14 groups of 5 letters and digits.',
    'startup.prompt.recovery.label': 'Recovery key',
    'startup.prompt.recovery.button': 'Open the chart database',
    'startup.prompt.quit': 'Quit Stipple',
    'startup.prompt.differ': 'The two passphrases differ. Type the same passphrase twice.',
    'startup.prompt.wrongPassphrase': 'That passphrase does not open the chart database. Check Caps Lock and try again.',
    'startup.prompt.tooShort': 'Choose a passphrase of at least {min} characters: a few words you will remember are best.',
    'startup.prompt.wrongRecoveryKey':
      'This recovery key does not open this chart database: it belongs to another Stipple database. Check you have the right sheet.',
    'startup.notOpened.needsPassphrase':
      'Stipple needs the passphrase to open the chart database. The chart database was not opened, and nothing was changed.',
    'startup.notOpened.notWrapped':
      '{file} does not hold a wrapped database key. The chart database was not opened, and nothing was changed.',
    'startup.notOpened.noKeychain':
      'This computer has no keychain, so Stipple needs a passphrase to protect the chart database’s key. The chart database was not opened, and nothing was changed.',
    'startup.notOpened.needsRecoveryKey':
      '{file} is encrypted, and this computer has no key for it: it needs the recovery key printed when Stipple was set up. The chart database was not opened, and nothing was changed.',
    'startup.key.noKeychain':
      'This computer offers Stipple no way to keep the chart database’s key secret (its keychain is not available), so the database was not opened.',
    'startup.key.notUnlocked':
      'The chart database’s key in {file} could not be unlocked with this computer’s keychain (was the database copied from another computer or user account?). The database was left untouched.',
    'startup.key.notAKey': '{file} does not hold a database key. The database was left untouched.',
    'startup.key.missing':
      '{database} is encrypted, but its key ({file}) is missing, so it cannot be opened. Put the key file back from where it was copied. The database was left untouched.',
    'startup.open.title': 'Stipple cannot open its chart database',
    'startup.open.unexpected': 'Stipple could not start because of an unexpected problem: {detail}',
    'startup.open.unexpectedBare': 'Stipple could not start because of an unexpected problem.',
    'startup.open.wrongKey':
      '{file} is encrypted, and the key Stipple was given does not open it (or it is not a Stipple database at all). It was left untouched.',
    'startup.open.corrupt': '{file} is damaged. It was left untouched. Restore the latest backup.',
    'startup.open.readOnly': '{file} cannot be written to. It was left untouched.',
    'startup.open.locked': '{file} is in use by another program. Close it and try again.',
    'startup.open.diskFull': 'The disk holding {file} is full. Free some space and try again.',
    'startup.open.cannotOpen': '{file} cannot be opened: its folder is missing or not accessible.',
    'startup.open.failed': '{file} could not be opened: {detail}',
    'startup.open.otherProgram': '{file} is a database of another program, not a Stipple chart database. It was left untouched.',
    'startup.open.newer': '{file} was written by a newer version of Stipple. Update Stipple to open it; the file was left untouched.',
    'startup.open.unrecognised':
      '{file} has database updates that this version of Stipple does not recognise, so it was left untouched. Open it with the version of Stipple that last used it, or restore the latest backup.',
    'startup.open.folder': '{file} is a folder, not a Stipple database.',
    'startup.open.readOnlyFile':
      '{file} is read-only. Stipple needs to write to it: copy it somewhere writable or change its permissions. It was left untouched.',
    'startup.open.notSqlite': '{file} is not a Stipple database (it is not a SQLite file at all). It was left untouched.',
    'startup.open.damaged': '{file} is damaged ({problem}). It was left untouched; restore the latest backup.',
    'startup.stopped.title': 'Stipple’s data service stopped',
    'startup.stopped.text': 'Nothing more can be saved. Quit and start Stipple again; the chart database is safe.',
    'startup.failed.title': 'Stipple could not start',
    'startup.failed.text': 'Something unexpected stopped Stipple from starting: {detail}',
  },
  de: {
    'startup.prompt.create.title': 'Passphrase für Stipple wählen',
    'startup.prompt.create.intro':
      'Dieser Computer hat keinen Schlüsselbund, in dem der Schlüssel der Karteidatenbank aufbewahrt werden kann, deshalb schützt Stipple ihn stattdessen mit einer Passphrase. Sie geben sie bei jedem Start von Stipple ein. Wählen Sie ein paar Wörter, die Sie sich merken können (mindestens 10 Zeichen), und bewahren Sie das Blatt mit dem Wiederherstellungsschlüssel auf, falls Sie sie vergessen.',
    'startup.prompt.passphrase': 'Passphrase',
    'startup.prompt.create.again': 'Dieselbe Passphrase noch einmal',
    'startup.prompt.create.button': 'Passphrase festlegen',
    'startup.prompt.enter.title': 'Stipple entsperren',
    'startup.prompt.enter.intro': 'Geben Sie die Passphrase ein, die die Karteidatenbank auf diesem Computer schützt.',
    'startup.prompt.enter.button': 'Entsperren',
    'startup.prompt.recovery.title': 'Karteidatenbank von einem anderen Computer öffnen',
    'startup.prompt.recovery.intro':
      'Stipple hat eine Karteidatenbank gefunden, die auf einem anderen Computer verschlüsselt wurde ({file}). Geben Sie den Wiederherstellungsschlüssel von dem Blatt ein, das beim Einrichten von Stipple dort gedruckt wurde: 14 Gruppen aus je 5 Buchstaben und Ziffern.',
    'startup.prompt.recovery.label': 'Wiederherstellungsschlüssel',
    'startup.prompt.recovery.button': 'Karteidatenbank öffnen',
    'startup.prompt.quit': 'Stipple beenden',
    'startup.prompt.differ': 'Die beiden Passphrasen stimmen nicht überein. Geben Sie zweimal dieselbe Passphrase ein.',
    'startup.prompt.wrongPassphrase':
      'Diese Passphrase öffnet die Karteidatenbank nicht. Prüfen Sie die Feststelltaste und versuchen Sie es erneut.',
    'startup.prompt.tooShort':
      'Wählen Sie eine Passphrase mit mindestens {min} Zeichen: Am besten ein paar Wörter, die Sie sich merken können.',
    'startup.prompt.wrongRecoveryKey':
      'Dieser Wiederherstellungsschlüssel öffnet diese Karteidatenbank nicht: Er gehört zu einer anderen Stipple-Datenbank. Prüfen Sie, ob Sie das richtige Blatt haben.',
    'startup.notOpened.needsPassphrase':
      'Stipple braucht die Passphrase, um die Karteidatenbank zu öffnen. Die Karteidatenbank wurde nicht geöffnet, und es wurde nichts geändert.',
    'startup.notOpened.notWrapped':
      '{file} enthält keinen verpackten Datenbankschlüssel. Die Karteidatenbank wurde nicht geöffnet, und es wurde nichts geändert.',
    'startup.notOpened.noKeychain':
      'Dieser Computer hat keinen Schlüsselbund, daher braucht Stipple eine Passphrase, um den Schlüssel der Karteidatenbank zu schützen. Die Karteidatenbank wurde nicht geöffnet, und es wurde nichts geändert.',
    'startup.notOpened.needsRecoveryKey':
      '{file} ist verschlüsselt, und dieser Computer hat keinen Schlüssel dafür: Es braucht den Wiederherstellungsschlüssel, der beim Einrichten von Stipple gedruckt wurde. Die Karteidatenbank wurde nicht geöffnet, und es wurde nichts geändert.',
    'startup.key.noKeychain':
      'Dieser Computer bietet Stipple keine Möglichkeit, den Schlüssel der Karteidatenbank geheim zu halten (sein Schlüsselbund ist nicht verfügbar), daher wurde die Datenbank nicht geöffnet.',
    'startup.key.notUnlocked':
      'Der Schlüssel der Karteidatenbank in {file} ließ sich mit dem Schlüsselbund dieses Computers nicht entsperren (wurde die Datenbank von einem anderen Computer oder Benutzerkonto kopiert?). Die Datenbank blieb unverändert.',
    'startup.key.notAKey': '{file} enthält keinen Datenbankschlüssel. Die Datenbank blieb unverändert.',
    'startup.key.missing':
      '{database} ist verschlüsselt, aber sein Schlüssel ({file}) fehlt, daher lässt es sich nicht öffnen. Legen Sie die Schlüsseldatei von dort zurück, woher sie kopiert wurde. Die Datenbank blieb unverändert.',
    'startup.open.title': 'Stipple kann seine Karteidatenbank nicht öffnen',
    'startup.open.unexpected': 'Stipple konnte wegen eines unerwarteten Problems nicht starten: {detail}',
    'startup.open.unexpectedBare': 'Stipple konnte wegen eines unerwarteten Problems nicht starten.',
    'startup.open.wrongKey':
      '{file} ist verschlüsselt, und der Schlüssel, den Stipple erhalten hat, öffnet es nicht (oder es ist gar keine Stipple-Datenbank). Die Datei blieb unverändert.',
    'startup.open.corrupt': '{file} ist beschädigt. Die Datei blieb unverändert. Stellen Sie die letzte Sicherung wieder her.',
    'startup.open.readOnly': 'In {file} kann nicht geschrieben werden. Die Datei blieb unverändert.',
    'startup.open.locked': '{file} wird von einem anderen Programm verwendet. Schließen Sie es und versuchen Sie es erneut.',
    'startup.open.diskFull': 'Das Laufwerk mit {file} ist voll. Geben Sie Speicherplatz frei und versuchen Sie es erneut.',
    'startup.open.cannotOpen': '{file} lässt sich nicht öffnen: Sein Ordner fehlt oder ist nicht zugänglich.',
    'startup.open.failed': '{file} konnte nicht geöffnet werden: {detail}',
    'startup.open.otherProgram':
      '{file} ist die Datenbank eines anderen Programms, keine Karteidatenbank von Stipple. Die Datei blieb unverändert.',
    'startup.open.newer':
      '{file} wurde von einer neueren Version von Stipple geschrieben. Aktualisieren Sie Stipple, um es zu öffnen; die Datei blieb unverändert.',
    'startup.open.unrecognised':
      '{file} enthält Datenbank-Updates, die diese Version von Stipple nicht kennt, daher blieb die Datei unverändert. Öffnen Sie sie mit der Version von Stipple, die sie zuletzt verwendet hat, oder stellen Sie die letzte Sicherung wieder her.',
    'startup.open.folder': '{file} ist ein Ordner, keine Stipple-Datenbank.',
    'startup.open.readOnlyFile':
      '{file} ist schreibgeschützt. Stipple muss hineinschreiben können: Kopieren Sie die Datei an einen beschreibbaren Ort oder ändern Sie ihre Berechtigungen. Die Datei blieb unverändert.',
    'startup.open.notSqlite': '{file} ist keine Stipple-Datenbank (es ist überhaupt keine SQLite-Datei). Die Datei blieb unverändert.',
    'startup.open.damaged': '{file} ist beschädigt ({problem}). Die Datei blieb unverändert; stellen Sie die letzte Sicherung wieder her.',
    'startup.stopped.title': 'Der Datendienst von Stipple wurde beendet',
    'startup.stopped.text':
      'Es kann nichts mehr gespeichert werden. Beenden Sie Stipple und starten Sie es neu; die Karteidatenbank ist sicher.',
    'startup.failed.title': 'Stipple konnte nicht starten',
    'startup.failed.text': 'Etwas Unerwartetes hat den Start von Stipple verhindert: {detail}',
  },
  es: {
    'startup.prompt.create.title': 'Elija una frase de contraseña para Stipple',
    'startup.prompt.create.intro':
      'Este equipo no tiene un llavero donde guardar la clave de la base de datos de fichas, así que Stipple la protege con una frase de contraseña. La escribirá cada vez que se inicie Stipple. Elija unas cuantas palabras que vaya a recordar (al menos 10 caracteres) y guarde la hoja de la clave de recuperación por si la olvida.',
    'startup.prompt.passphrase': 'Frase de contraseña',
    'startup.prompt.create.again': 'La misma frase de contraseña otra vez',
    'startup.prompt.create.button': 'Establecer la frase de contraseña',
    'startup.prompt.enter.title': 'Desbloquear Stipple',
    'startup.prompt.enter.intro': 'Escriba la frase de contraseña que protege la base de datos de fichas en este equipo.',
    'startup.prompt.enter.button': 'Desbloquear',
    'startup.prompt.recovery.title': 'Abrir una base de datos de fichas de otro equipo',
    'startup.prompt.recovery.intro':
      'Stipple encontró una base de datos de fichas cifrada en otro equipo ({file}). Escriba la clave de recuperación de la hoja que se imprimió al configurar Stipple allí: 14 grupos de 5 letras y cifras.',
    'startup.prompt.recovery.label': 'Clave de recuperación',
    'startup.prompt.recovery.button': 'Abrir la base de datos de fichas',
    'startup.prompt.quit': 'Salir de Stipple',
    'startup.prompt.differ': 'Las dos frases de contraseña no coinciden. Escriba la misma frase dos veces.',
    'startup.prompt.wrongPassphrase':
      'Esa frase de contraseña no abre la base de datos de fichas. Compruebe el bloqueo de mayúsculas e inténtelo de nuevo.',
    'startup.prompt.tooShort':
      'Elija una frase de contraseña de al menos {min} caracteres: lo mejor son unas palabras que vaya a recordar.',
    'startup.prompt.wrongRecoveryKey':
      'Esta clave de recuperación no abre esta base de datos de fichas: pertenece a otra base de datos de Stipple. Compruebe que tiene la hoja correcta.',
    'startup.notOpened.needsPassphrase':
      'Stipple necesita la frase de contraseña para abrir la base de datos de fichas. No se abrió la base de datos de fichas y no se cambió nada.',
    'startup.notOpened.notWrapped':
      '{file} no contiene una clave de base de datos protegida. No se abrió la base de datos de fichas y no se cambió nada.',
    'startup.notOpened.noKeychain':
      'Este equipo no tiene llavero, así que Stipple necesita una frase de contraseña para proteger la clave de la base de datos de fichas. No se abrió la base de datos de fichas y no se cambió nada.',
    'startup.notOpened.needsRecoveryKey':
      '{file} está cifrado y este equipo no tiene su clave: necesita la clave de recuperación que se imprimió al configurar Stipple. No se abrió la base de datos de fichas y no se cambió nada.',
    'startup.key.noKeychain':
      'Este equipo no ofrece a Stipple ninguna forma de mantener en secreto la clave de la base de datos de fichas (su llavero no está disponible), así que no se abrió la base de datos.',
    'startup.key.notUnlocked':
      'La clave de la base de datos de fichas en {file} no se pudo desbloquear con el llavero de este equipo (¿se copió la base de datos desde otro equipo o cuenta de usuario?). La base de datos no se tocó.',
    'startup.key.notAKey': '{file} no contiene una clave de base de datos. La base de datos no se tocó.',
    'startup.key.missing':
      '{database} está cifrado, pero falta su clave ({file}), así que no se puede abrir. Vuelva a poner el archivo de clave desde donde se copió. La base de datos no se tocó.',
    'startup.open.title': 'Stipple no puede abrir su base de datos de fichas',
    'startup.open.unexpected': 'Stipple no pudo iniciarse por un problema inesperado: {detail}',
    'startup.open.unexpectedBare': 'Stipple no pudo iniciarse por un problema inesperado.',
    'startup.open.wrongKey':
      '{file} está cifrado y la clave que recibió Stipple no lo abre (o no es una base de datos de Stipple). No se tocó.',
    'startup.open.corrupt': '{file} está dañado. No se tocó. Restaure la copia de seguridad más reciente.',
    'startup.open.readOnly': 'No se puede escribir en {file}. No se tocó.',
    'startup.open.locked': '{file} lo está usando otro programa. Ciérrelo e inténtelo de nuevo.',
    'startup.open.diskFull': 'El disco que contiene {file} está lleno. Libere espacio e inténtelo de nuevo.',
    'startup.open.cannotOpen': '{file} no se puede abrir: su carpeta no existe o no es accesible.',
    'startup.open.failed': '{file} no se pudo abrir: {detail}',
    'startup.open.otherProgram': '{file} es una base de datos de otro programa, no una base de datos de fichas de Stipple. No se tocó.',
    'startup.open.newer': '{file} lo escribió una versión más reciente de Stipple. Actualice Stipple para abrirlo; el archivo no se tocó.',
    'startup.open.unrecognised':
      '{file} tiene actualizaciones de base de datos que esta versión de Stipple no reconoce, así que no se tocó. Ábralo con la versión de Stipple que lo usó por última vez o restaure la copia de seguridad más reciente.',
    'startup.open.folder': '{file} es una carpeta, no una base de datos de Stipple.',
    'startup.open.readOnlyFile':
      '{file} es de solo lectura. Stipple necesita escribir en él: cópielo a un lugar donde se pueda escribir o cambie sus permisos. No se tocó.',
    'startup.open.notSqlite': '{file} no es una base de datos de Stipple (ni siquiera es un archivo SQLite). No se tocó.',
    'startup.open.damaged': '{file} está dañado ({problem}). No se tocó; restaure la copia de seguridad más reciente.',
    'startup.stopped.title': 'El servicio de datos de Stipple se detuvo',
    'startup.stopped.text': 'Ya no se puede guardar nada. Salga de Stipple e inícielo de nuevo; la base de datos de fichas está a salvo.',
    'startup.failed.title': 'Stipple no pudo iniciarse',
    'startup.failed.text': 'Algo inesperado impidió que Stipple se iniciara: {detail}',
  },
});
