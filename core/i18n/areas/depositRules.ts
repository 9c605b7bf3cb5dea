// Words of depositRules in every shipped language (ids start with 'depositRules.'). See ../define.ts.
// The deposit lifecycle's refusals (core/deposits.ts), said in the caller's language by the handler.
import { defineMessages } from '../define';

export const depositRulesMessages = defineMessages({
  en: {
    'depositRules.already':
      'The deposit is already {to, select, required {required} paid {paid} applied {applied} refunded {refunded} forfeited {forfeited} other {waived}}.',
    'depositRules.final':
      'A deposit that is {from, select, required {required} paid {paid} applied {applied} refunded {refunded} forfeited {forfeited} other {waived}} is final and cannot become {to, select, required {required} paid {paid} applied {applied} refunded {refunded} forfeited {forfeited} other {waived}}.',
    'depositRules.payFirst': 'A deposit that is required must be paid before it can be applied to a session.',
    'depositRules.cannotBecome':
      'A deposit that is {from, select, required {required} paid {paid} applied {applied} refunded {refunded} forfeited {forfeited} other {waived}} cannot become {to, select, required {required} paid {paid} applied {applied} refunded {refunded} forfeited {forfeited} other {waived}}; it can become {from, select, required {paid or refunded or waived or forfeited} other {applied or refunded or forfeited}}.',
    'depositRules.partlyPaid': 'Only {paid} of {amount} has been paid; record the rest as a payment.',
    'depositRules.nothingPaid':
      'Nothing has been paid towards this deposit, so it cannot be {to, select, required {required} paid {paid} applied {applied} refunded {refunded} forfeited {forfeited} other {waived}}; waive it instead.',
    'depositRules.somethingPaid': '{paid} has already been paid; refund or forfeit it rather than waiving the deposit.',
    'depositRules.noPaymentDue':
      'This deposit is {status, select, required {required} paid {paid} applied {applied} refunded {refunded} forfeited {forfeited} other {waived}}; no payment is due.',
    'depositRules.onlyOutstanding': 'Only {left} is outstanding on this deposit.',
  },
  de: {
    'depositRules.already':
      'Die Anzahlung ist bereits {to, select, required {offen} paid {bezahlt} applied {verrechnet} refunded {erstattet} forfeited {einbehalten} other {erlassen}}.',
    'depositRules.final':
      'Eine Anzahlung, die {from, select, required {offen} paid {bezahlt} applied {verrechnet} refunded {erstattet} forfeited {einbehalten} other {erlassen}} ist, ist endgültig und kann nicht {to, select, required {offen} paid {bezahlt} applied {verrechnet} refunded {erstattet} forfeited {einbehalten} other {erlassen}} werden.',
    'depositRules.payFirst': 'Eine offene Anzahlung muss bezahlt sein, bevor sie mit einer Sitzung verrechnet werden kann.',
    'depositRules.cannotBecome':
      'Eine Anzahlung, die {from, select, required {offen} paid {bezahlt} applied {verrechnet} refunded {erstattet} forfeited {einbehalten} other {erlassen}} ist, kann nicht {to, select, required {offen} paid {bezahlt} applied {verrechnet} refunded {erstattet} forfeited {einbehalten} other {erlassen}} werden; möglich ist: {from, select, required {bezahlt, erstattet, erlassen oder einbehalten} other {verrechnet, erstattet oder einbehalten}}.',
    'depositRules.partlyPaid': 'Erst {paid} von {amount} sind bezahlt; erfassen Sie den Rest als Zahlung.',
    'depositRules.nothingPaid':
      'Auf diese Anzahlung wurde nichts bezahlt, daher kann sie nicht {to, select, required {offen} paid {bezahlt} applied {verrechnet} refunded {erstattet} forfeited {einbehalten} other {erlassen}} werden; erlassen Sie sie stattdessen.',
    'depositRules.somethingPaid':
      '{paid} wurden bereits bezahlt; erstatten oder behalten Sie den Betrag ein, statt die Anzahlung zu erlassen.',
    'depositRules.noPaymentDue':
      'Diese Anzahlung ist {status, select, required {offen} paid {bezahlt} applied {verrechnet} refunded {erstattet} forfeited {einbehalten} other {erlassen}}; es ist keine Zahlung fällig.',
    'depositRules.onlyOutstanding': 'Auf diese Anzahlung sind nur noch {left} offen.',
  },
  es: {
    'depositRules.already':
      'El depósito ya está {to, select, required {pendiente} paid {pagado} applied {aplicado} refunded {reembolsado} forfeited {retenido} other {condonado}}.',
    'depositRules.final':
      'Un depósito {from, select, required {pendiente} paid {pagado} applied {aplicado} refunded {reembolsado} forfeited {retenido} other {condonado}} es definitivo y no puede pasar a {to, select, required {pendiente} paid {pagado} applied {aplicado} refunded {reembolsado} forfeited {retenido} other {condonado}}.',
    'depositRules.payFirst': 'Un depósito pendiente debe pagarse antes de aplicarse a una sesión.',
    'depositRules.cannotBecome':
      'Un depósito {from, select, required {pendiente} paid {pagado} applied {aplicado} refunded {reembolsado} forfeited {retenido} other {condonado}} no puede pasar a {to, select, required {pendiente} paid {pagado} applied {aplicado} refunded {reembolsado} forfeited {retenido} other {condonado}}; puede pasar a {from, select, required {pagado, reembolsado, condonado o retenido} other {aplicado, reembolsado o retenido}}.',
    'depositRules.partlyPaid': 'Solo se han pagado {paid} de {amount}; registre el resto como un pago.',
    'depositRules.nothingPaid':
      'No se ha pagado nada de este depósito, así que no puede pasar a {to, select, required {pendiente} paid {pagado} applied {aplicado} refunded {reembolsado} forfeited {retenido} other {condonado}}; condónelo en su lugar.',
    'depositRules.somethingPaid': 'Ya se han pagado {paid}; reembólselo o reténgalo en lugar de condonar el depósito.',
    'depositRules.noPaymentDue':
      'Este depósito está {status, select, required {pendiente} paid {pagado} applied {aplicado} refunded {reembolsado} forfeited {retenido} other {condonado}}; no hay ningún pago pendiente.',
    'depositRules.onlyOutstanding': 'Solo quedan {left} pendientes en este depósito.',
  },
});
