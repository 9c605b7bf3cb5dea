import { eq, sql } from 'drizzle-orm';
import { contraindications, intakes } from '../../db/schema';
import { writeAudit } from '../audit';
import type { HandlerContext } from '../context';
import { fail } from '../result';
import { getClient } from './clients';
import { checkVersion, mustExist } from './util';
import type { HandlerMap } from './types';

function getIntake(ctx: HandlerContext, clientId: number) {
  const row = ctx.db.select().from(intakes).where(eq(intakes.clientId, clientId)).get();
  if (!row) return undefined;
  const { createdAt: _c, ...intake } = row;
  return intake;
}

function getContraindication(ctx: HandlerContext, id: number) {
  const row = mustExist(ctx.db.select().from(contraindications).where(eq(contraindications.id, id)).get(), 'The contraindication');
  const { updatedAt: _u, ...record } = row;
  return record;
}

export const intakeHandlers: HandlerMap<'intake.save' | 'contraindications.add' | 'contraindications.resolve'> = {
  'intake.save'(ctx, input) {
    getClient(ctx, input.clientId);
    const before = getIntake(ctx, input.clientId);
    const now = ctx.now().toISOString();
    if (before) {
      checkVersion('This intake', before, input.expectedVersion);
      if (before.consentGivenAt && input.consentGivenAt === null) {
        throw fail.field('consentGivenAt', 'Consent already recorded cannot be removed here.');
      }
    } else if (input.expectedVersion !== null) {
      throw fail.conflict('This intake', null);
    }
    const values = {
      answers: input.answers,
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
    checkVersion('This contraindication', before, expectedVersion);
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
