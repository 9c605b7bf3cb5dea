// Reads a whole chart: client, intake, contraindications, plans, sessions with retention and shade
// changes, hairline requests, deposits with payments, aftercare prints. One statement per table.
import { asc, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../open';
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

export function loadChart(db: Db, clientId: number) {
  const client = db.select().from(clients).where(eq(clients.id, clientId)).get();
  if (!client) return undefined;
  const { phoneDigits: _digits, ...clientOut } = client;
  const intake = db.select().from(intakes).where(eq(intakes.clientId, clientId)).get() ?? null;
  const ci = db.select().from(contraindications).where(eq(contraindications.clientId, clientId)).orderBy(asc(contraindications.id)).all();
  const plans = db.select().from(treatmentPlans).where(eq(treatmentPlans.clientId, clientId)).orderBy(asc(treatmentPlans.id)).all();
  const sessionRows = db
    .select()
    .from(sessions)
    .where(eq(sessions.clientId, clientId))
    .orderBy(desc(sessions.number), desc(sessions.id))
    .all();
  const sessionIds = sessionRows.map((s) => s.id);
  const retention = sessionIds.length ? db.select().from(retentionNotes).where(inArray(retentionNotes.sessionId, sessionIds)).all() : [];
  const shades = sessionIds.length ? db.select().from(shadeChanges).where(inArray(shadeChanges.sessionId, sessionIds)).all() : [];
  const requests = db
    .select()
    .from(hairlineRequests)
    .where(eq(hairlineRequests.clientId, clientId))
    .orderBy(asc(hairlineRequests.id))
    .all();
  const planIds = plans.map((p) => p.id);
  const depositRows = planIds.length
    ? db.select().from(deposits).where(inArray(deposits.planId, planIds)).orderBy(asc(deposits.sessionNumber)).all()
    : [];
  const depositIds = depositRows.map((d) => d.id);
  const payments = depositIds.length
    ? db.select().from(depositPayments).where(inArray(depositPayments.depositId, depositIds)).orderBy(asc(depositPayments.id)).all()
    : [];
  const prints = sessionIds.length
    ? db
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
        .all()
    : [];

  return {
    client: clientOut,
    intake: intake && {
      id: intake.id,
      clientId: intake.clientId,
      answers: intake.answers,
      completedAt: intake.completedAt,
      completedBy: intake.completedBy,
      consentGivenAt: intake.consentGivenAt,
      consentWitnessedBy: intake.consentWitnessedBy,
      updatedAt: intake.updatedAt,
      version: intake.version,
    },
    contraindications: ci.map(({ updatedAt: _u, ...c }) => c),
    plans: plans.map(({ updatedAt: _u, ...p }) => p),
    sessions: sessionRows.map(({ createdAt: _c, ...s }) => ({
      ...s,
      retention: retention.filter((r) => r.sessionId === s.id).map(({ createdAt: _a, updatedAt: _b, ...r }) => r),
      shadeChanges: shades.filter((c) => c.sessionId === s.id).map(({ updatedAt: _b, ...c }) => c),
    })),
    hairlineRequests: requests.map(({ updatedAt: _u, ...r }) => r),
    deposits: depositRows.map(({ createdAt: _c, updatedAt: _u, ...d }) => ({
      ...d,
      payments: payments.filter((p) => p.depositId === d.id).map(({ createdAt: _a, updatedAt: _b, ...p }) => p),
    })),
    prints,
  };
}
