// Clinic defaults written once into a new database (pigment list, aftercare template, ...), each in
// its own transaction with an audit entry. Areas register a seeder; each must be idempotent.
import type { HandlerContext } from './context';
import { pigmentSeeder } from './seed-pigments';
import { aftercareSeeder } from './seed-aftercare';
import { documentsSeeder } from './seed-documents';

export interface Seeder {
  name: string;
  /** Returns true when it wrote something. Runs inside a transaction. */
  seed(ctx: HandlerContext): boolean;
}

export const seeders: Seeder[] = [pigmentSeeder, aftercareSeeder, documentsSeeder];

export function seedDefaults(ctx: HandlerContext): string[] {
  const seeded: string[] = [];
  for (const seeder of seeders) {
    const wrote = ctx.sqlite.transaction(() => seeder.seed(ctx))();
    if (wrote) seeded.push(seeder.name);
  }
  return seeded;
}

/** Whether seedDefaults would write anything: the seeders run in a transaction that is rolled back. */
export function defaultsMissing(ctx: HandlerContext): boolean {
  const rollBack = new Error('dry run');
  try {
    ctx.sqlite.transaction(() => {
      if (seeders.some((seeder) => seeder.seed(ctx))) throw rollBack;
    })();
    return false;
  } catch (error) {
    if (error === rollBack) return true;
    throw error;
  }
}
