// Words of shell in every shipped language (ids start with 'shell.'). See ../define.ts.
// What the transports around the API say themselves: the desktop app's IPC binding, the browser
// host, the call envelope's own check, joining a hub, and the hub's refusals of a device (read at
// the workstation in its reader's language).
import { defineMessages } from '../define';

export const shellMessages = defineMessages({
  en: {
    'shell.joinByHost': 'Joining a hub is done by the app that hosts Stipple. Nothing was changed.',
    'shell.device.unpaired':
      'This computer is not paired with the clinic’s hub, so the hub refused it. Pair it with a code from Settings → Workstations on the hub.',
    'shell.device.revoked':
      'The owner has revoked this workstation, so the clinic’s hub refuses it. If that was a mistake, pair it again with a new code.',
    'shell.hubRestarted': 'The clinic’s hub restarted, so this window’s sign-in has ended. Sign in again; nothing was saved.',
    'shell.envelope.key': 'The change’s key is not valid, so nothing was saved.',
    'shell.ipc.untrusted': 'This window is not allowed to read or change the chart.',
    'shell.ipc.unknownRequest': 'Stipple does not know that request.',
    'shell.ipc.internal': 'Something went wrong. Your last change may not have been saved.',
    'shell.host.noSession': 'This page is not signed in to the chart: open the address Stipple printed, with its token.',
    'shell.host.otherSite': 'Requests from other sites are not allowed.',
    'shell.host.internal': 'Something went wrong. Nothing was saved; try again.',
    'shell.host.plainInternal': 'Something went wrong.',
    'shell.host.outOfDate': 'This address is out of date. Open the address Stipple printed when it started.',
    'shell.cli.portInUse': 'Port {port} on 127.0.0.1 is already in use. Choose another with --port, or 0 for any free port.',
    'shell.cli.portNotAllowed': 'Stipple is not allowed to listen on port {port}. Choose a port above 1023, or 0 for any free port.',
    'shell.cli.couldNotStart': 'Stipple could not start: {detail}',
    'shell.cli.signalAgain': 'Received {signal} again: exiting without waiting.',
  },
  de: {
    'shell.joinByHost': 'Das Verbinden mit einem Hub übernimmt die App, in der Stipple läuft. Es wurde nichts geändert.',
    'shell.device.unpaired':
      'Dieser Computer ist nicht mit dem Hub der Praxis gekoppelt, daher hat der Hub ihn abgewiesen. Koppeln Sie ihn mit einem Code aus Einstellungen → Arbeitsplätze am Hub.',
    'shell.device.revoked':
      'Der Inhaber hat diesen Arbeitsplatz gesperrt, daher weist der Hub der Praxis ihn ab. War das ein Versehen, koppeln Sie ihn mit einem neuen Code erneut.',
    'shell.hubRestarted':
      'Der Hub der Praxis wurde neu gestartet, daher ist die Anmeldung in diesem Fenster beendet. Melden Sie sich erneut an; es wurde nichts gespeichert.',
    'shell.envelope.key': 'Der Schlüssel der Änderung ist ungültig, daher wurde nichts gespeichert.',
    'shell.ipc.untrusted': 'Dieses Fenster darf die Kartei weder lesen noch ändern.',
    'shell.ipc.unknownRequest': 'Diese Anfrage kennt Stipple nicht.',
    'shell.ipc.internal': 'Etwas ist schiefgelaufen. Ihre letzte Änderung wurde möglicherweise nicht gespeichert.',
    'shell.host.noSession':
      'Diese Seite ist nicht an der Kartei angemeldet: Öffnen Sie die Adresse, die Stipple ausgegeben hat, mit ihrem Token.',
    'shell.host.otherSite': 'Anfragen von anderen Websites sind nicht erlaubt.',
    'shell.host.internal': 'Etwas ist schiefgelaufen. Es wurde nichts gespeichert; versuchen Sie es erneut.',
    'shell.host.plainInternal': 'Etwas ist schiefgelaufen.',
    'shell.host.outOfDate': 'Diese Adresse ist veraltet. Öffnen Sie die Adresse, die Stipple beim Start ausgegeben hat.',
    'shell.cli.portInUse':
      'Port {port} auf 127.0.0.1 ist bereits belegt. Wählen Sie mit --port einen anderen, oder 0 für einen beliebigen freien Port.',
    'shell.cli.portNotAllowed':
      'Stipple darf nicht auf Port {port} lauschen. Wählen Sie einen Port über 1023, oder 0 für einen beliebigen freien Port.',
    'shell.cli.couldNotStart': 'Stipple konnte nicht starten: {detail}',
    'shell.cli.signalAgain': '{signal} erneut empfangen: Stipple beendet sich, ohne zu warten.',
  },
  es: {
    'shell.joinByHost': 'La conexión a un hub la hace la aplicación en la que se ejecuta Stipple. No se ha cambiado nada.',
    'shell.device.unpaired':
      'Este equipo no está vinculado al hub de la clínica, así que el hub lo rechazó. Vincúlelo con un código de Ajustes → Puestos de trabajo en el hub.',
    'shell.device.revoked':
      'El propietario ha revocado este puesto de trabajo, así que el hub de la clínica lo rechaza. Si fue un error, vincúlelo de nuevo con un código nuevo.',
    'shell.hubRestarted':
      'El hub de la clínica se reinició, así que la sesión de esta ventana ha terminado. Inicie sesión de nuevo; no se ha guardado nada.',
    'shell.envelope.key': 'La clave del cambio no es válida, así que no se ha guardado nada.',
    'shell.ipc.untrusted': 'Esta ventana no tiene permiso para leer ni cambiar la ficha.',
    'shell.ipc.unknownRequest': 'Stipple no conoce esa solicitud.',
    'shell.ipc.internal': 'Algo salió mal. Puede que su último cambio no se haya guardado.',
    'shell.host.noSession': 'Esta página no ha iniciado sesión en la ficha: abra la dirección que mostró Stipple, con su token.',
    'shell.host.otherSite': 'No se permiten solicitudes de otros sitios.',
    'shell.host.internal': 'Algo salió mal. No se ha guardado nada; inténtelo de nuevo.',
    'shell.host.plainInternal': 'Algo salió mal.',
    'shell.host.outOfDate': 'Esta dirección está caducada. Abra la dirección que mostró Stipple al iniciarse.',
    'shell.cli.portInUse': 'El puerto {port} en 127.0.0.1 ya está en uso. Elija otro con --port, o 0 para cualquier puerto libre.',
    'shell.cli.portNotAllowed':
      'Stipple no tiene permiso para escuchar en el puerto {port}. Elija un puerto por encima de 1023, o 0 para cualquier puerto libre.',
    'shell.cli.couldNotStart': 'Stipple no pudo iniciarse: {detail}',
    'shell.cli.signalAgain': '{signal} recibido de nuevo: Stipple se cierra sin esperar.',
  },
});
