// The clinic's documents: the questionnaire and the consent texts, edited by the owner. A version is
// never edited in place (a trigger refuses it): a save inserts the next version of its kind.
import { and, desc, eq, sql } from 'drizzle-orm';
import type { DocumentKind } from '../../core/clinic-documents';
import { clinicDocuments, intakes, signedDocuments } from '../../db/schema';
import { writeAudit } from '../audit';
import type { HandlerContext } from '../context';
import type { DocumentRecord } from '../contract/documents';
import { fail } from '../result';
import { mustExist } from './util';
import type { HandlerMap } from './types';
import { msg } from '../contract/words';

type DocumentRow = typeof clinicDocuments.$inferSelect;

export function toDocumentRecord(row: DocumentRow): DocumentRecord {
  return {
    id: row.id,
    kind: row.kind,
    version: row.version,
    title: row.title,
    body: row.body,
    questions: row.questions,
    createdAt: row.createdAt,
    createdBy: row.createdBy,
  };
}

export function latestDocument(ctx: Pick<HandlerContext, 'db'>, kind: DocumentKind): DocumentRow | undefined {
  return ctx.db.select().from(clinicDocuments).where(eq(clinicDocuments.kind, kind)).orderBy(desc(clinicDocuments.version)).get();
}

/** The current version of a document; every kind is seeded, so one missing is a broken database. */
export function currentDocument(ctx: Pick<HandlerContext, 'db'>, kind: DocumentKind): DocumentRecord {
  const row = latestDocument(ctx, kind);
  if (!row) throw fail.rule(msg('refusals.documents.missing'));
  return toDocumentRecord(row);
}

export function documentById(ctx: Pick<HandlerContext, 'db'>, id: number): DocumentRecord | undefined {
  const row = ctx.db.select().from(clinicDocuments).where(eq(clinicDocuments.id, id)).get();
  return row ? toDocumentRecord(row) : undefined;
}

const sameContent = (a: DocumentRow, b: { title: string; body: string; questions: unknown }) =>
  a.title === b.title && a.body === b.body && JSON.stringify(a.questions) === JSON.stringify(b.questions);

export const documentHandlers: HandlerMap<'documents.list' | 'documents.get' | 'documents.save'> = {
  'documents.list'(ctx) {
    const rows = ctx.db.select().from(clinicDocuments).orderBy(clinicDocuments.kind, desc(clinicDocuments.version)).all();
    const latest = new Map<string, { row: DocumentRow; versions: number }>();
    for (const row of rows) {
      const seen = latest.get(row.kind);
      if (seen) seen.versions++;
      else latest.set(row.kind, { row, versions: 1 });
    }
    return [...latest.values()].map(({ row, versions }) => ({ ...toDocumentRecord(row), versions }));
  },

  'documents.get'(ctx, { kind, version }) {
    const row = mustExist(
      version === null
        ? latestDocument(ctx, kind)
        : ctx.db
            .select()
            .from(clinicDocuments)
            .where(and(eq(clinicDocuments.kind, kind), eq(clinicDocuments.version, version)))
            .get(),
      msg('refusals.record.theDocument'),
    );
    // How often each version was used: signed, or (the questionnaire) answered.
    const used =
      kind === 'questionnaire'
        ? sql<number>`(SELECT count(*) FROM ${intakes} WHERE ${intakes.questionnaireId} = ${clinicDocuments.id})`
        : sql<number>`(SELECT count(*) FROM ${signedDocuments} WHERE ${signedDocuments.documentId} = ${clinicDocuments.id})`;
    const history = ctx.db
      .select({
        id: clinicDocuments.id,
        version: clinicDocuments.version,
        createdAt: clinicDocuments.createdAt,
        createdBy: clinicDocuments.createdBy,
        used,
      })
      .from(clinicDocuments)
      .where(eq(clinicDocuments.kind, kind))
      .orderBy(desc(clinicDocuments.version))
      .all();
    return { ...toDocumentRecord(row), history };
  },

  'documents.save'(ctx, input) {
    const latest = latestDocument(ctx, input.kind);
    if (latest && input.expectedVersion !== null && latest.version !== input.expectedVersion) {
      throw fail.conflict(`The ${latest.title}`, toDocumentRecord(latest));
    }
    const content = { title: input.title, body: input.body, questions: input.kind === 'questionnaire' ? input.questions : [] };
    if (latest && sameContent(latest, content)) return toDocumentRecord(latest); // nothing changed: no new version
    // A question's kind is part of what its stored answers mean: the key of a question once asked
    // keeps its kind, so older answers still read as they were given.
    if (latest && input.kind === 'questionnaire') {
      const before = new Map(latest.questions.map((q) => [q.key, q.kind]));
      input.questions.forEach((q, i) => {
        const was = before.get(q.key);
        if (was && was !== q.kind) throw fail.field(`questions.${i}.kind`, msg('refusals.documents.kindKept'));
      });
    }
    const row = ctx.db
      .insert(clinicDocuments)
      .values({
        kind: input.kind,
        version: (latest?.version ?? 0) + 1,
        ...content,
        createdBy: ctx.actorId,
        createdAt: ctx.now().toISOString(),
      })
      .returning()
      .get();
    const record = toDocumentRecord(row);
    writeAudit(ctx, {
      entity: 'clinic_document',
      entityId: row.id,
      action: latest ? 'new_version' : 'create',
      ...(latest ? { before: toDocumentRecord(latest) } : {}),
      after: record,
    });
    return record;
  },
};
