// The chart's records are written out in zod (the renderer bundles the contract, so it must not pull
// in the Drizzle schema) and held to db/schema.ts here: each record is its table's row minus the
// columns named below. A column renamed, retyped, added or dropped in the schema is a type error
// in this file (`npm run typecheck`); the runtime test checks a real chart has no key the records lack.
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import { fillClinic } from '../../tests/fixtures/clinic';
import { loadChart } from '../../db/queries/chart';
import type * as schema from '../../db/schema';
import type { ClientKeys } from '../../core/client-keys';
import { testApi } from '../testing';
import type * as records from './chart';
import { chartRecord } from './chart';

type Row<T extends { $inferSelect: unknown }> = T['$inferSelect'];
type Record_<S extends z.ZodType> = z.infer<S>;
/** One object type out of an intersection, as zod infers a record. */
type Flat<T> = { [K in keyof T]: T[K] };

describe('the chart records', () => {
  it('are the schema rows, less the columns the API leaves out', () => {
    expectTypeOf<Record_<typeof records.staffRecord>>().toEqualTypeOf<
      Flat<Omit<Row<typeof schema.staff>, 'pinHash' | 'createdAt' | 'updatedAt'> & { hasPin: boolean }>
    >();
    expectTypeOf<Record_<typeof records.clientForChart>>().toEqualTypeOf<Omit<Row<typeof schema.clients>, keyof ClientKeys>>();
    expectTypeOf<Record_<typeof records.intakeRecord>>().toEqualTypeOf<Omit<Row<typeof schema.intakes>, 'createdAt'>>();
    expectTypeOf<Record_<typeof records.contraindicationRecord>>().toEqualTypeOf<Omit<Row<typeof schema.contraindications>, 'updatedAt'>>();
    expectTypeOf<Record_<typeof records.planRecord>>().toEqualTypeOf<Omit<Row<typeof schema.treatmentPlans>, 'updatedAt'>>();
    expectTypeOf<Record_<typeof records.sessionRecord>>().toEqualTypeOf<Omit<Row<typeof schema.sessions>, 'createdAt'>>();
    expectTypeOf<Record_<typeof records.retentionRecord>>().toEqualTypeOf<
      Omit<Row<typeof schema.retentionNotes>, 'createdAt' | 'updatedAt'>
    >();
    expectTypeOf<Record_<typeof records.shadeChangeRecord>>().toEqualTypeOf<Omit<Row<typeof schema.shadeChanges>, 'updatedAt'>>();
    expectTypeOf<Record_<typeof records.hairlineRequestRecord>>().toEqualTypeOf<Omit<Row<typeof schema.hairlineRequests>, 'updatedAt'>>();
    expectTypeOf<Record_<typeof records.paymentRecord>>().toEqualTypeOf<
      Omit<Row<typeof schema.depositPayments>, 'createdAt' | 'updatedAt'>
    >();
    expectTypeOf<Record_<typeof records.depositRecord>>().toEqualTypeOf<
      Flat<Omit<Row<typeof schema.deposits>, 'createdAt' | 'updatedAt'> & { payments: Record_<typeof records.paymentRecord>[] }>
    >();
    expectTypeOf<Record_<typeof records.printRecord>>().toEqualTypeOf<
      Flat<
        Omit<Row<typeof schema.aftercarePrints>, 'createdAt' | 'updatedAt'> & {
          templateName: Row<typeof schema.aftercareTemplates>['name'];
          templateVersion: Row<typeof schema.aftercareTemplates>['version'];
        }
      >
    >();
  });

  it('describe every key of a chart as the database hands it over', async () => {
    const t = await testApi();
    try {
      const [clientId] = await fillClinic(t, 1);
      const chart = loadChart(t.open.db, clientId!);
      // zod drops keys a record does not name: parsing changes nothing only if none were dropped.
      expect(chartRecord.parse(chart)).toStrictEqual(chart);
    } finally {
      t.close();
    }
  });
});
