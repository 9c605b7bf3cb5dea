// Aftercare templates, sheet data and print records. A template is never edited in place: a save
// inserts the next version, so every print keeps pointing at exactly what was handed out.
import { and, desc, eq, sql } from 'drizzle-orm';
import { pickTemplate } from '../../core/aftercare';
import { bookingWindow } from '../../core/booking';
import { addYears, localDateOf } from '../../core/dates';
import { aftercarePrints, aftercareTemplates, clients, sessions, treatmentPlans } from '../../db/schema';
import { writeAudit } from '../audit';
import type { HandlerContext } from '../context';
import type { AftercareSheetData, AftercareTemplateRecord } from '../contract/aftercare';
import { fail } from '../result';
import { readSettings } from './settings';
import { mustExist } from './util';
import type { HandlerMap } from './types';
import { msg } from '../contract/words';

type TemplateRow = typeof aftercareTemplates.$inferSelect;

function toRecord(row: TemplateRow): AftercareTemplateRecord {
  return {
    id: row.id,
    key: row.key,
    version: row.version,
    name: row.name,
    sessionKind: row.sessionKind,
    rules: row.rules,
    advice: row.advice,
    createdAt: row.createdAt,
    createdBy: row.createdBy,
  };
}

/** The latest version of every template, with how many versions each has. */
export function latestTemplates(ctx: HandlerContext) {
  const rows = ctx.db.select().from(aftercareTemplates).orderBy(aftercareTemplates.key, desc(aftercareTemplates.version)).all();
  const latest = new Map<string, { row: TemplateRow; versions: number }>();
  for (const row of rows) {
    const seen = latest.get(row.key);
    if (seen) seen.versions++;
    else latest.set(row.key, { row, versions: 1 });
  }
  return [...latest.values()].map(({ row, versions }) => ({ ...toRecord(row), versions })).sort((a, b) => a.name.localeCompare(b.name));
}

function latestOf(ctx: HandlerContext, key: string): TemplateRow | undefined {
  return ctx.db.select().from(aftercareTemplates).where(eq(aftercareTemplates.key, key)).orderBy(desc(aftercareTemplates.version)).get();
}

/** A key for a new template from its name: "Touch-up aftercare" → "touch-up-aftercare", made unique. */
function newKey(ctx: HandlerContext, name: string): string {
  const base =
    name
      .toLowerCase()
      .normalize('NFKD')
      // The accents NFKD splits off go, so "séance" keys as "seance", not "se-ance".
      .replace(/\p{M}/gu, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 50) || 'template';
  for (let n = 1; ; n++) {
    const key = n === 1 ? base : `${base}-${n}`;
    if (!latestOf(ctx, key)) return key;
  }
}

const sameContent = (a: TemplateRow, b: { name: string; sessionKind: string; rules: unknown; advice: unknown }) =>
  a.name === b.name &&
  a.sessionKind === b.sessionKind &&
  JSON.stringify(a.rules) === JSON.stringify(b.rules) &&
  JSON.stringify(a.advice) === JSON.stringify(b.advice);

function sheetData(ctx: HandlerContext, sessionId: number, templateId: number | null): AftercareSheetData {
  const session = mustExist(ctx.db.select().from(sessions).where(eq(sessions.id, sessionId)).get(), msg('api.record.theSession'));
  if (session.status === 'cancelled' || session.status === 'no_show') {
    throw fail.rule(msg('refusals.aftercare.notPerformed'));
  }
  const at = session.performedAt ?? session.bookedFor;
  if (!at) throw fail.rule(msg('refusals.aftercare.noDate'));
  const client = mustExist(ctx.db.select().from(clients).where(eq(clients.id, session.clientId)).get(), msg('api.record.theClient'));

  let template: AftercareTemplateRecord | undefined;
  if (templateId !== null) {
    const row = ctx.db.select().from(aftercareTemplates).where(eq(aftercareTemplates.id, templateId)).get();
    if (!row) throw fail.field('templateId', msg('refusals.aftercare.templateGone'));
    template = toRecord(row);
  } else {
    template = pickTemplate(latestTemplates(ctx), session);
    if (!template) throw fail.rule(msg('refusals.aftercare.noTemplate'));
  }

  const settings = readSettings(ctx);
  const date = localDateOf(at);
  const plan =
    session.planId === null ? undefined : ctx.db.select().from(treatmentPlans).where(eq(treatmentPlans.id, session.planId)).get();
  let nextSession: AftercareSheetData['nextSession'] = null;
  if (session.kind === 'touch_up') {
    nextSession = {
      kind: 'touch_up',
      number: session.number + 1,
      earliest: addYears(date, settings.touchUpRecallYears),
      latest: null,
      optional: true,
    };
  } else {
    const window = bookingWindow(session.number + 1, date, settings);
    // Every client is quoted at least two sessions; beyond the quote a session is "if needed".
    const quoted = Math.max(2, plan?.quotedSessions ?? 2);
    if (window) nextSession = { kind: 'course', number: session.number + 1, ...window, optional: session.number + 1 > quoted };
  }

  return {
    clinic: {
      name: settings.clinicName,
      address: settings.clinicAddress,
      phone: settings.clinicPhone,
      logo: settings.clinicLogo,
      paperSize: settings.paperSize,
      locale: settings.locale,
    },
    client: { id: client.id, firstName: client.firstName, lastName: client.lastName },
    session: { id: session.id, number: session.number, kind: session.kind, date },
    template,
    nextSession,
  };
}

export const aftercareHandlers: HandlerMap<
  'aftercare.templates.list' | 'aftercare.templates.get' | 'aftercare.templates.save' | 'aftercare.sheet' | 'aftercare.prints.record'
> = {
  'aftercare.templates.list'(ctx) {
    return latestTemplates(ctx);
  },

  'aftercare.templates.get'(ctx, { key, version }) {
    const row = mustExist(
      version === null
        ? latestOf(ctx, key)
        : ctx.db
            .select()
            .from(aftercareTemplates)
            .where(and(eq(aftercareTemplates.key, key), eq(aftercareTemplates.version, version)))
            .get(),
      msg('refusals.record.theAftercareTemplate'),
    );
    const history = ctx.db
      .select({
        id: aftercareTemplates.id,
        version: aftercareTemplates.version,
        createdAt: aftercareTemplates.createdAt,
        createdBy: aftercareTemplates.createdBy,
        prints: sql<number>`(SELECT count(*) FROM ${aftercarePrints} WHERE ${aftercarePrints.templateId} = ${aftercareTemplates.id})`,
      })
      .from(aftercareTemplates)
      .where(eq(aftercareTemplates.key, key))
      .orderBy(desc(aftercareTemplates.version))
      .all();
    return { ...toRecord(row), history };
  },

  'aftercare.templates.save'(ctx, input) {
    const content = { name: input.name, sessionKind: input.sessionKind, rules: input.rules, advice: input.advice };
    let key: string;
    let nextVersion = 1;
    let before: AftercareTemplateRecord | undefined;
    if (input.key === null) {
      key = newKey(ctx, input.name);
    } else {
      const latest = mustExist(latestOf(ctx, input.key), 'The aftercare template');
      if (input.expectedVersion !== null && latest.version !== input.expectedVersion) {
        throw fail.conflict(`“${latest.name}”`, toRecord(latest));
      }
      if (sameContent(latest, content)) return toRecord(latest); // nothing changed: no new version
      key = input.key;
      nextVersion = latest.version + 1;
      before = toRecord(latest);
    }
    const row = ctx.db
      .insert(aftercareTemplates)
      .values({
        key,
        version: nextVersion,
        ...content,
        createdBy: ctx.actorId,
        createdAt: ctx.now().toISOString(),
        updatedAt: ctx.now().toISOString(),
      })
      .returning()
      .get();
    const record = toRecord(row);
    writeAudit(ctx, { entity: 'aftercare_template', entityId: row.id, action: before ? 'new_version' : 'create', before, after: record });
    return record;
  },

  'aftercare.sheet'(ctx, { sessionId, templateId }) {
    return sheetData(ctx, sessionId, templateId);
  },

  'aftercare.prints.record'(ctx, { sessionId, templateId }) {
    // The same checks as making the sheet: a real session with a date, and a template that exists.
    sheetData(ctx, sessionId, templateId);
    const template = mustExist(
      ctx.db.select().from(aftercareTemplates).where(eq(aftercareTemplates.id, templateId)).get(),
      msg('refusals.record.theAftercareTemplate'),
    );
    const printedAt = ctx.now().toISOString();
    const row = ctx.db.insert(aftercarePrints).values({ sessionId, templateId, printedAt, printedBy: ctx.actorId }).returning().get();
    const record = {
      id: row.id,
      sessionId: row.sessionId,
      templateId: row.templateId,
      templateName: template.name,
      templateVersion: template.version,
      printedAt: row.printedAt,
      printedBy: row.printedBy,
    };
    writeAudit(ctx, { entity: 'aftercare_print', entityId: row.id, action: 'create', after: record });
    return record;
  },
};
