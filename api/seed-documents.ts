// The clinic's documents at the start: version 1 of each consent text (core/default-consents.ts),
// and the audit entry of the questionnaire's version 1, which the migration wrote so that the
// intakes on file could point at it (db/migrations: clinic_documents).
import { and, eq, sql } from 'drizzle-orm';
import { CONSENT_KINDS, DEFAULT_QUESTIONNAIRE_BODY, DEFAULT_QUESTIONNAIRE_TITLE, DEFAULT_QUESTIONS } from '../core/clinic-documents';
import { DEFAULT_CONSENTS } from '../core/default-consents';
import { auditLog, clinicDocuments } from '../db/schema';
import { writeAudit } from './audit';
import { documentInput } from './contract/documents';
import type { Seeder } from './defaults';
import { latestDocument, toDocumentRecord } from './handlers/documents';

export const documentsSeeder: Seeder = {
  name: 'default questionnaire and consent texts',
  seed(ctx) {
    let wrote = false;
    const at = ctx.now().toISOString();
    if (!latestDocument(ctx, 'questionnaire')) {
      // A database made before the migration could run (never in the app): the same version 1.
      ctx.db
        .insert(clinicDocuments)
        .values({
          kind: 'questionnaire',
          version: 1,
          title: DEFAULT_QUESTIONNAIRE_TITLE,
          body: DEFAULT_QUESTIONNAIRE_BODY,
          questions: DEFAULT_QUESTIONS,
          createdAt: at,
        })
        .run();
    }
    for (const kind of CONSENT_KINDS) {
      if (latestDocument(ctx, kind)) continue;
      // The same checks as a save from the editor.
      const d = documentInput.parse({ kind, ...DEFAULT_CONSENTS[kind] });
      ctx.db.insert(clinicDocuments).values({ kind, version: 1, title: d.title, body: d.body, questions: [], createdAt: at }).run();
    }
    // Every version the trail has not recorded yet gets its entry (the migration's, and those just written).
    const unrecorded = ctx.db
      .select()
      .from(clinicDocuments)
      .where(
        sql`NOT EXISTS (SELECT 1 FROM ${auditLog} WHERE ${and(eq(auditLog.entity, 'clinic_document'), sql`${auditLog.entityId} = CAST(${clinicDocuments.id} AS TEXT)`)})`,
      )
      .all();
    for (const row of unrecorded) {
      writeAudit(ctx, {
        entity: 'clinic_document',
        entityId: row.id,
        action: 'create',
        after: toDocumentRecord(row),
        reason: 'Default clinic document',
      });
      wrote = true;
    }
    return wrote;
  },
};
