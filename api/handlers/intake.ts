import { eq, sql } from 'drizzle-orm';
import { answerProblems, contraindicationsFromAnswers, type Answers } from '../../core/clinic-documents';
import { addDays, localDateOf } from '../../core/dates';
import { contraindications, intakes } from '../../db/schema';
import { writeAudit } from '../audit';
import type { HandlerContext } from '../context';
import type { DocumentRecord } from '../contract/documents';
import { fail } from '../result';
import { getClient } from './clients';
import { currentDocument, documentById } from './documents';
import { checkVersion, mustExist } from './util';
import type { HandlerMap } from './types';
import { msg, type Text } from '../contract/words';

export function getIntake(ctx: HandlerContext, clientId: number) {
  const row = ctx.db.select().from(intakes).where(eq(intakes.clientId, clientId)).get();
  if (!row) return undefined;
  const { createdAt: _c, ...intake } = row;
  return intake;
}

function getContraindication(ctx: HandlerContext, id: number) {
  const row = mustExist(
    ctx.db.select().from(contraindications).where(eq(contraindications.id, id)).get(),
    msg('api.record.theContraindication'),
  );
  const { updatedAt: _u, ...record } = row;
  return record;
}

/** The questionnaire version answers are given to: the one named (it must be a questionnaire), else the current one. */
export function questionnaireFor(ctx: HandlerContext, id: number | null): DocumentRecord {
  if (id === null) return currentDocument(ctx, 'questionnaire');
  const doc = documentById(ctx, id);
  if (!doc || doc.kind !== 'questionnaire') throw fail.field('questionnaireId', msg('api.intake.noQuestionnaire'));
  return doc;
}

/**
 * What is wrong with answers to `questionnaire`, beside each question: an answer of the wrong kind
 * always; a missing answer to a required question only when the answers must be complete.
 */
export function checkAnswers(questionnaire: DocumentRecord, answers: Answers, complete: boolean): void {
  const known = new Set(questionnaire.questions.map((q) => q.key));
  const problems: Record<string, Text> = {};
  for (const key of Object.keys(answers)) if (!known.has(key)) problems[`answers.${key}`] = msg('api.intake.unknownQuestion');
  for (const [path, message] of Object.entries(answerProblems(questionnaire.questions, answers))) {
    if (complete || answers[path.slice('answers.'.length)] !== undefined) problems[path] = message;
  }
  if (Object.keys(problems).length > 0) throw fail.fields(problems);
}

/** Records the contraindications the clinic's questions map to, for the questions newly answered yes. */
export function recordAnswerContraindications(
  ctx: HandlerContext,
  clientId: number,
  questionnaire: DocumentRecord,
  before: Answers,
  after: Answers,
): void {
  const today = localDateOf(ctx.now());
  for (const c of contraindicationsFromAnswers(questionnaire.questions, before, after, today, addDays)) {
    const { id } = ctx.db
      .insert(contraindications)
      .values({ clientId, condition: c.condition, tier: c.tier, until: c.until, note: c.note })
      .returning({ id: contraindications.id })
      .get();
    writeAudit(ctx, {
      entity: 'contraindication',
      entityId: id,
      action: 'create',
      after: getContraindication(ctx, id),
      reason: `Answered yes to “${c.condition}” (questionnaire version ${questionnaire.version})`,
    });
  }
}

export const intakeHandlers: HandlerMap<'intake.save' | 'contraindications.add' | 'contraindications.resolve'> = {
  'intake.save'(ctx, input) {
    getClient(ctx, input.clientId);
    const before = getIntake(ctx, input.clientId);
    const now = ctx.now().toISOString();
    if (before) {
      checkVersion(msg('api.record.thisIntake'), before, input.expectedVersion);
      if (before.consentGivenAt && input.consentGivenAt === null) {
        throw fail.field('consentGivenAt', msg('api.intake.consentKept'));
      }
    } else if (input.expectedVersion !== null) {
      throw fail.conflict(msg('api.record.thisIntake'), null);
    }
    const questionnaire = questionnaireFor(ctx, input.questionnaireId);
    // Completeness is the form's to check (as before); signing the treatment consent requires it.
    checkAnswers(questionnaire, input.answers, false);
    const values = {
      answers: input.answers,
      questionnaireId: questionnaire.id,
      completedAt: before?.completedAt ?? (input.complete ? now : null),
      completedBy: before?.completedBy ?? (input.complete ? ctx.actorId : null),
      consentGivenAt: before?.consentGivenAt ?? input.consentGivenAt,
      consentWitnessedBy: before?.consentWitnessedBy ?? input.consentWitnessedBy,
    };
    if (before) {
      ctx.db
        .update(intakes)
        .set({ ...values, updatedAt: now, version: sql`${intakes.version} + 1` })
        .where(eq(intakes.id, before.id))
        .run();
    } else {
      ctx.db
        .insert(intakes)
        .values({ clientId: input.clientId, ...values })
        .run();
    }
    const after = getIntake(ctx, input.clientId)!;
    writeAudit(ctx, { entity: 'intake', entityId: after.id, action: before ? 'update' : 'create', before, after });
    recordAnswerContraindications(ctx, input.clientId, questionnaire, before?.answers ?? {}, after.answers);
    if (!before?.consentGivenAt && after.consentGivenAt) {
      writeAudit(ctx, {
        entity: 'intake',
        entityId: after.id,
        action: 'consent',
        after: { consentGivenAt: after.consentGivenAt, consentWitnessedBy: after.consentWitnessedBy },
      });
    }
    return after;
  },

  'contraindications.add'(ctx, input) {
    getClient(ctx, input.clientId);
    const { id } = ctx.db
      .insert(contraindications)
      .values({ ...input, until: input.tier === 'temporary' ? input.until : null })
      .returning({ id: contraindications.id })
      .get();
    const after = getContraindication(ctx, id);
    writeAudit(ctx, { entity: 'contraindication', entityId: id, action: 'create', after });
    return after;
  },

  'contraindications.resolve'(ctx, { id, expectedVersion, doctorLetterReceived, note }) {
    const before = getContraindication(ctx, id);
    checkVersion(msg('api.record.thisContraindication'), before, expectedVersion);
    const now = ctx.now().toISOString();
    const letter = doctorLetterReceived && before.tier === 'doctor_letter';
    ctx.db
      .update(contraindications)
      .set({
        resolvedAt: letter ? before.resolvedAt : now,
        doctorLetterReceivedAt: letter ? now : before.doctorLetterReceivedAt,
        note: note ? `${before.note}${before.note ? '\n' : ''}${note}` : before.note,
        updatedAt: now,
        version: sql`${contraindications.version} + 1`,
      })
      .where(eq(contraindications.id, id))
      .run();
    const after = getContraindication(ctx, id);
    writeAudit(ctx, {
      entity: 'contraindication',
      entityId: id,
      action: letter ? 'doctor_letter' : 'resolve',
      before,
      after,
      reason: note,
    });
    return after;
  },
};
