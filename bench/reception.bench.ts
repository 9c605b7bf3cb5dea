// Time to build the reception board and a day's booking list at 50,000 clients (a decade of a busy
// clinic from the demo generator), through the same query code the API runs.
// Targets (issue 4): the board in under 50 ms (p95 under 100 ms), a day list in under 10 ms.
import { fileURLToPath } from 'node:url';
import { loadBoard, loadBookings } from '../db/queries/reception';
import { openTestDatabase } from '../db/testing';
import { generateDemoClinic } from './demo-clinic';
import { summarise, type Timing } from './stats';

export const receptionBench = {
  name: 'reception board and day list at 50,000 clients',
  targets: { boardMedianMs: 50, boardP95Ms: 100, dayMs: 10 },
  async run(clients = 50_000, repeats = 21): Promise<{ rows: number; board: Timing; day: Timing }> {
    const db = await openTestDatabase();
    try {
      const demo = generateDemoClinic(db.sqlite, { clients });
      db.sqlite.pragma('optimize');
      const options = { secondSessionMinDays: 7, laterSessionMinDays: 21, laterSessionMaxDays: 28, today: demo.today };
      let rows = 0;
      const board: number[] = [];
      const day: number[] = [];
      for (let i = 0; i < repeats; i++) {
        let start = performance.now();
        rows = loadBoard(db.db, options).rows.length;
        board.push(performance.now() - start);
        start = performance.now();
        loadBookings(db.db, demo.today, demo.today);
        day.push(performance.now() - start);
      }
      return { rows, board: summarise(board), day: summarise(day) };
    } finally {
      db.close();
    }
  },
};

export default receptionBench;

// `npx tsx bench/reception.bench.ts` runs it alone.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const r = await receptionBench.run();
  const t = receptionBench.targets;
  const met = (ok: boolean) => (ok ? 'met' : 'MISSED');
  console.log(
    `reception board (${r.rows} rows): median ${r.board.median.toFixed(1)} ms (target ${t.boardMedianMs}: ${met(r.board.median < t.boardMedianMs)}), ` +
      `p95 ${r.board.p95.toFixed(1)} ms (target ${t.boardP95Ms}: ${met(r.board.p95 < t.boardP95Ms)}); ` +
      `day list median ${r.day.median.toFixed(2)} ms (target ${t.dayMs}: ${met(r.day.median < t.dayMs)})`,
  );
}
