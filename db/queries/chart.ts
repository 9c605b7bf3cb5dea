// Reads a whole chart: client, intake, contraindications, plans, sessions with retention and shade
// changes, hairline requests, deposits with payments, aftercare prints. One statement per table.
//
// Opening a chart is the hottest read in the app, so its statements are built and prepared once per
// connection (Drizzle's .prepare() with a placeholder for the client) instead of on every call, and
// child rows are selected by subquery on the client rather than by a list of ids built in between.
// db/query-plans.test.ts checks each statement reads through an index.
import { withoutKeys } from '../client-keys';
import { asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../open';
import { perConnection } from '../prepared';
import {
  aftercarePrints,
  aftercareTemplates,
  clients,
  contraindications,
  depositPayments,
  deposits,
  hairlineRequests,
  intakes,
  retentionNotes,
  sessions,
  shadeChanges,
  treatmentPlans,
} from '../schema';

const clientId = sql.placeholder('clientId');

function prepareChart(db: Db) {
  const sessionIds = db.select({ id: sessions.id }).from(sessions).where(eq(sessions.clientId, clientId));
  const planIds = db.select({ id: treatmentPlans.id }).from(treatmentPlans).where(eq(treatmentPlans.clientId, clientId));
  const depositIds = db.select({ id: deposits.id }).from(deposits).where(inArray(deposits.planId, planIds));
  return {
    client: db.select().from(clients).where(eq(clients.id, clientId)).prepare(),
    intake: db.select().from(intakes).where(eq(intakes.clientId, clientId)).prepare(),
    contraindications: db
      .select()
      .from(contraindications)
      .where(eq(contraindications.clientId, clientId))
      .orderBy(asc(contraindications.id))
      .prepare(),
    plans: db.select().from(treatmentPlans).where(eq(treatmentPlans.clientId, clientId)).orderBy(asc(treatmentPlans.id)).prepare(),
    sessions: db.select().from(sessions).where(eq(sessions.clientId, clientId)).orderBy(desc(sessions.number), desc(sessions.id)).prepare(),
    retention: db.select().from(retentionNotes).where(inArray(retentionNotes.sessionId, sessionIds)).prepare(),
    shades: db.select().from(shadeChanges).where(inArray(shadeChanges.sessionId, sessionIds)).prepare(),
    requests: db.select().from(hairlineRequests).where(eq(hairlineRequests.clientId, clientId)).orderBy(asc(hairlineRequests.id)).prepare(),
    deposits: db.select().from(deposits).where(inArray(deposits.planId, planIds)).orderBy(asc(deposits.sessionNumber)).prepare(),
    payments: db
      .select()
      .from(depositPayments)
      .where(inArray(depositPayments.depositId, depositIds))
      .orderBy(asc(depositPayments.id))
      .prepare(),
    prints: db
      .select({
        id: aftercarePrints.id,
        sessionId: aftercarePrints.sessionId,
        templateId: aftercarePrints.templateId,
        templateName: aftercareTemplates.name,
        templateVersion: aftercareTemplates.version,
        printedAt: aftercarePrints.printedAt,
        printedBy: aftercarePrints.printedBy,
      })
      .from(aftercarePrints)
      .innerJoin(aftercareTemplates, eq(aftercareTemplates.id, aftercarePrints.templateId))
      .where(inArray(aftercarePrints.sessionId, sessionIds))
      .orderBy(desc(aftercarePrints.printedAt))
      .prepare(),
  };
}

const chartStatements = perConnection(prepareChart);

/** Groups rows by a key, keeping their order. */
function groupBy<T, K>(rows: T[], key: (row: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}

export function loadChart(db: Db, id: number) {
  const q = chartStatements(db);
  const p = { clientId: id };
  const client = q.client.get(p);
  if (!client) return undefined;
  const clientOut = withoutKeys(client);
  const intake = q.intake.get(p) ?? null;
  const retention = groupBy(q.retention.all(p), (r) => r.sessionId);
  const shades = groupBy(q.shades.all(p), (c) => c.sessionId);
  const payments = groupBy(q.payments.all(p), (x) => x.depositId);

  return {
    client: clientOut,
    intake: intake && {
      id: intake.id,
      clientId: intake.clientId,
      answers: intake.answers,
      questionnaireId: intake.questionnaireId,
      completedAt: intake.completedAt,
      completedBy: intake.completedBy,
      consentGivenAt: intake.consentGivenAt,
      consentWitnessedBy: intake.consentWitnessedBy,
      updatedAt: intake.updatedAt,
      version: intake.version,
    },
    contraindications: q.contraindications.all(p).map(({ updatedAt: _u, ...c }) => c),
    plans: q.plans.all(p).map(({ updatedAt: _u, ...x }) => x),
    sessions: q.sessions.all(p).map(({ createdAt: _c, ...s }) => ({
      ...s,
      retention: (retention.get(s.id) ?? []).map(({ createdAt: _a, updatedAt: _b, ...r }) => r),
      shadeChanges: (shades.get(s.id) ?? []).map(({ updatedAt: _b, ...c }) => c),
    })),
    hairlineRequests: q.requests.all(p).map(({ updatedAt: _u, ...r }) => r),
    deposits: q.deposits.all(p).map(({ createdAt: _c, updatedAt: _u, ...d }) => ({
      ...d,
      payments: (payments.get(d.id) ?? []).map(({ createdAt: _a, updatedAt: _b, ...x }) => x),
    })),
    prints: q.prints.all(p),
  };
}
