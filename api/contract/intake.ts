import { z } from 'zod';
import { CONTRAINDICATION_TIERS } from '../../core/vocabulary';
import { id, instant, isoDate, notes, requiredText, version } from './common';
import { contraindicationRecord, intakeRecord } from './chart';
import { change } from './define';
import { answersSchema } from './answers';
import { msg, zodText } from './words';

export const intakeContract = {
  /** Saves the questionnaire; consent is recorded once with who witnessed it. */
  'intake.save': change(
    z
      .object({
        clientId: id,
        expectedVersion: version.nullable().default(null),
        answers: answersSchema,
        /** The questionnaire version the form showed; null: the current one. */
        questionnaireId: id.nullable().default(null),
        complete: z.boolean().default(false),
        consentGivenAt: instant(msg('api.label.whenConsentGiven')).nullable().default(null),
        consentWitnessedBy: id.nullable().default(null),
      })
      .superRefine((v, ctx) => {
        if (v.consentGivenAt && !v.consentWitnessedBy) {
          ctx.addIssue({ code: 'custom', path: ['consentWitnessedBy'], message: zodText(msg('api.intake.chooseWitness')) });
        }
        if (v.complete && !v.consentGivenAt) {
          ctx.addIssue({ code: 'custom', path: ['consentGivenAt'], message: zodText(msg('api.intake.consentFirst')) });
        }
      }),
    intakeRecord,
    // The questionnaire version answered is counted (documents.get); a consent on the intake counts as version 1 (consent.status).
    { invalidates: ['clients.chart', 'audit.history', 'book.range', 'documents.get', 'consent.status'] },
  ),
  'contraindications.add': change(
    z
      .object({
        clientId: id,
        condition: requiredText(msg('api.label.condition'), 200),
        tier: z.enum(CONTRAINDICATION_TIERS, { error: zodText(msg('api.intake.chooseTier')) }),
        until: isoDate(msg('api.label.endDate')).nullable().default(null),
        note: notes(msg('api.label.note'), 2000),
      })
      .superRefine((v, ctx) => {
        if (v.tier === 'temporary' && !v.until) {
          ctx.addIssue({ code: 'custom', path: ['until'], message: zodText(msg('api.intake.temporaryEnds')) });
        }
      }),
    contraindicationRecord,
    { invalidates: ['clients.chart', 'audit.history', 'book.range'] },
  ),
  'contraindications.resolve': change(
    z.object({
      id,
      expectedVersion: version,
      doctorLetterReceived: z.boolean().default(false),
      note: notes(msg('api.label.note'), 2000),
    }),
    contraindicationRecord,
    { invalidates: ['clients.chart', 'audit.history', 'book.range'] },
  ),
} as const;
