// Words of offline in every shipped language (ids start with 'offline.'). See ../define.ts.
// What a workstation says while the clinic's hub cannot be reached (api/contract/offline.ts, network/):
// beside a disabled button in the renderer, and as the workstation API's answer.
import { defineMessages } from '../define';

export const offlineMessages = defineMessages({
  en: {
    'offline.payments':
      'Payments and deposits need the hub, so that every desk sees the same balance and receipts stay numbered without gaps. Take it when the hub is back.',
    'offline.booking': 'Booking needs the hub, so that two desks cannot give away the same time. Book it when the hub is back.',
    'offline.staff': 'Staff, roles and PINs can be changed only on the hub, so that every desk signs in with the same list.',
    'offline.safety': 'Backups, restore and export run on the hub, where the clinic’s data is.',
    'offline.signIn': 'Signing in needs the hub, which checks PINs. Whoever was signed in before it went away stays signed in.',
    'offline.settings': 'Clinic settings can be changed only while the hub can be reached.',
    'offline.clientsCreate':
      'New clients are added on the hub, so that two desks cannot add the same person twice. Note their details and add them when the hub is back.',
    'offline.needsHub': 'This needs the clinic’s hub, which cannot be reached just now. Try again when it is back; the header says when.',
    'offline.notCopied':
      'This is not kept on this computer while the hub cannot be reached (only today’s and tomorrow’s clients and the charts opened today are).',
    'offline.hubRefused': 'The hub refused this change.',
    'offline.mayNotBeSaved':
      'The clinic’s hub stopped answering while this was being saved, so it may or may not have been saved. Once the hub is back, save it again: it will not be saved twice.',
    'offline.noAttention': 'That change no longer needs attention: it was sent or let go already.',
    'offline.overTheirsOnly': 'Only a change that met someone else’s change can be sent over it. Send it again, or let it go.',
    'offline.signInNeedsHub': 'Sign in to continue. Signing in needs the hub, which cannot be reached just now.',
  },
  de: {
    'offline.payments':
      'Zahlungen und Anzahlungen brauchen den Hub, damit jeder Platz denselben Stand sieht und die Belege lückenlos nummeriert bleiben. Erfassen Sie sie, sobald der Hub wieder da ist.',
    'offline.booking': 'Buchen braucht den Hub, damit nicht zwei Plätze dieselbe Zeit vergeben. Buchen Sie, sobald der Hub wieder da ist.',
    'offline.staff': 'Mitarbeiter, Rollen und PINs lassen sich nur am Hub ändern, damit sich jeder Platz mit derselben Liste anmeldet.',
    'offline.safety': 'Sicherungen, Wiederherstellen und Export laufen auf dem Hub, wo die Daten der Praxis liegen.',
    'offline.signIn': 'Zum Anmelden braucht es den Hub, der die PINs prüft. Wer vor dem Ausfall angemeldet war, bleibt angemeldet.',
    'offline.settings': 'Die Praxiseinstellungen lassen sich nur ändern, solange der Hub erreichbar ist.',
    'offline.clientsCreate':
      'Neue Kunden werden am Hub angelegt, damit nicht zwei Plätze dieselbe Person doppelt anlegen. Notieren Sie die Angaben und legen Sie den Kunden an, sobald der Hub wieder da ist.',
    'offline.needsHub':
      'Dafür braucht es den Hub der Praxis, der gerade nicht erreichbar ist. Versuchen Sie es wieder, wenn er zurück ist; die Kopfzeile zeigt es an.',
    'offline.notCopied':
      'Das ist auf diesem Computer nicht gespeichert, solange der Hub nicht erreichbar ist (nur die Kunden von heute und morgen und die heute geöffneten Karteien).',
    'offline.hubRefused': 'Der Hub hat diese Änderung abgelehnt.',
    'offline.mayNotBeSaved':
      'Der Hub der Praxis hat beim Speichern nicht mehr geantwortet; es ist also nicht sicher, ob gespeichert wurde. Speichern Sie erneut, sobald der Hub wieder da ist: Es wird nicht doppelt gespeichert.',
    'offline.noAttention': 'Diese Änderung braucht keine Aufmerksamkeit mehr: Sie wurde schon gesendet oder verworfen.',
    'offline.overTheirsOnly':
      'Nur eine Änderung, die auf die Änderung eines anderen gestoßen ist, kann darüber gesendet werden. Senden Sie sie erneut oder verwerfen Sie sie.',
    'offline.signInNeedsHub': 'Melden Sie sich an, um fortzufahren. Zum Anmelden braucht es den Hub, der gerade nicht erreichbar ist.',
  },
  es: {
    'offline.payments':
      'Los pagos y depósitos necesitan el hub, para que todos los puestos vean el mismo saldo y los recibos sigan numerados sin huecos. Regístrelo cuando vuelva el hub.',
    'offline.booking': 'Reservar necesita el hub, para que dos puestos no den la misma hora. Reserve cuando vuelva el hub.',
    'offline.staff':
      'El personal, los roles y los PIN solo se pueden cambiar en el hub, para que todos los puestos inicien sesión con la misma lista.',
    'offline.safety': 'Las copias de seguridad, la restauración y la exportación se hacen en el hub, donde están los datos de la clínica.',
    'offline.signIn':
      'Iniciar sesión necesita el hub, que comprueba los PIN. Quien ya tenía la sesión iniciada antes de que se fuera la sigue teniendo.',
    'offline.settings': 'Los ajustes de la clínica solo se pueden cambiar mientras se pueda llegar al hub.',
    'offline.clientsCreate':
      'Los clientes nuevos se añaden en el hub, para que dos puestos no añadan dos veces a la misma persona. Anote sus datos y añádalos cuando vuelva el hub.',
    'offline.needsHub':
      'Esto necesita el hub de la clínica, al que ahora no se puede llegar. Inténtelo de nuevo cuando vuelva; la cabecera lo indica.',
    'offline.notCopied':
      'Esto no se guarda en este ordenador mientras no se pueda llegar al hub (solo los clientes de hoy y de mañana y las fichas abiertas hoy).',
    'offline.hubRefused': 'El hub rechazó este cambio.',
    'offline.mayNotBeSaved':
      'El hub de la clínica dejó de responder mientras se guardaba, así que puede que se haya guardado o no. Cuando vuelva el hub, guárdelo otra vez: no se guardará dos veces.',
    'offline.noAttention': 'Ese cambio ya no necesita atención: ya se envió o se descartó.',
    'offline.overTheirsOnly': 'Solo un cambio que chocó con el de otra persona se puede enviar por encima. Envíelo de nuevo o descártelo.',
    'offline.signInNeedsHub': 'Inicie sesión para continuar. Iniciar sesión necesita el hub, al que ahora no se puede llegar.',
  },
});
