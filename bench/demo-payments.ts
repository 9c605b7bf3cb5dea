// Demo payments for the demo clinic (bench/demo-clinic.ts): for each course, what reception would
// have taken — the price split over its performed sessions, paid on the day of each, by a mix of
// methods — with a refund now and then and a discount for some returning clients. Written in one
// statement per plan straight into SQLite, after the charts and before the trail vouches for them.
import type Database from 'better-sqlite3';
import { splitEvenly } from '../core/plan-balance';
import { seededRandom } from './random';

const METHODS = ['card', 'card', 'card', 'cash', 'bank_transfer', 'other'] as const;

export function generateDemoPayments(sqlite: Database.Database, seed: number): number {
  const rnd = seededRandom(seed + 16);
  const plans = sqlite
    .prepare(
      `SELECT tp.id, tp.price_minor AS price, tp.currency, tp.quoted_sessions AS quoted,
              json_group_array(s.performed_at) AS performed
         FROM treatment_plans tp JOIN sessions s ON s.plan_id = tp.id AND s.status = 'performed'
        WHERE tp.kind = 'course' GROUP BY tp.id ORDER BY tp.id`,
    )
    .all() as { id: number; price: number; currency: string; quoted: number; performed: string }[];
  const insert = sqlite.prepare(
    // created_at = taken_at: the same seed gives the same clinic, byte for byte.
    `INSERT INTO payments (plan_id, kind, amount_minor, currency, method, reference, reason, taken_at, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  let written = 0;
  sqlite.transaction(() => {
    for (const plan of plans) {
      const days = (JSON.parse(plan.performed) as string[]).sort();
      const discount = rnd.chance(0.1) ? Math.round(plan.price * 0.1) : 0;
      if (discount > 0) {
        insert.run(plan.id, 'discount', discount, plan.currency, null, null, 'Returning client', days[0], days[0]);
        written++;
      }
      const parts = splitEvenly(plan.price - discount, plan.quoted);
      days.forEach((at, i) => {
        if (parts[i]! <= 0) return;
        insert.run(
          plan.id,
          'payment',
          parts[i],
          plan.currency,
          rnd.pick(METHODS),
          rnd.chance(0.5) ? `T-${rnd.int(1000, 9999)}` : null,
          null,
          at,
          at,
        );
        written++;
      });
      if (rnd.chance(0.03)) {
        insert.run(
          plan.id,
          'refund',
          Math.min(parts[0]!, 5000),
          plan.currency,
          'card',
          null,
          'Goodwill after a short session',
          days.at(-1),
          days.at(-1),
        );
        written++;
      }
    }
  })();
  return written;
}
