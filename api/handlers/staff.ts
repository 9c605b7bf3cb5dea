import { asc, eq, sql } from 'drizzle-orm';
import { PIN_AT_FIRST_SIGN_IN } from '../../db/queries/sign-in';
import { otherOwnersWhoCanSignIn } from '../../db/queries/staff';
import { staff } from '../../db/schema';
import { writeAudit } from '../audit';
import type { HandlerContext } from '../context';
import type { StaffRecord } from '../contract/chart';
import { fail } from '../result';
import { checkVersion, mustExist } from './util';
import type { HandlerMap } from './types';
import { msg } from '../contract/words';

type StaffRow = typeof staff.$inferSelect;
const toRecord = (r: StaffRow): StaffRecord => ({
  id: r.id,
  name: r.name,
  role: r.role,
  active: r.active,
  hasPin: r.pinHash !== null && r.pinHash !== PIN_AT_FIRST_SIGN_IN, // imported: chooses one at first sign-in
  locale: r.locale,
  version: r.version,
});

export function getStaff(ctx: HandlerContext, id: number): StaffRecord {
  return toRecord(mustExist(ctx.db.select().from(staff).where(eq(staff.id, id)).get(), msg('api.record.theStaffMember')));
}

export const staffHandlers: HandlerMap<'staff.list' | 'staff.create' | 'staff.update' | 'staff.setLocale'> = {
  'staff.setLocale'(ctx, { staffId, locale }) {
    const actor = ctx.actorId === null ? undefined : ctx.db.select().from(staff).where(eq(staff.id, ctx.actorId)).get();
    // Anyone's own language is theirs to choose; someone else's only an owner's (before any PIN, the first-run owner).
    if (actor && actor.id !== staffId && actor.role !== 'owner') throw fail.forbidden(msg('refusals.staff.ownerSetsLanguage'));
    const before = mustExist(ctx.db.select().from(staff).where(eq(staff.id, staffId)).get(), msg('api.record.theStaffMember'));
    if (before.locale === locale) return { ok: true as const };
    ctx.db
      .update(staff)
      .set({ locale, updatedAt: ctx.now().toISOString(), version: sql`${staff.version} + 1` })
      .where(eq(staff.id, staffId))
      .run();
    writeAudit(ctx, { entity: 'staff', entityId: staffId, action: 'set_locale', before: { locale: before.locale }, after: { locale } });
    return { ok: true as const };
  },
  'staff.list'(ctx, { includeInactive }) {
    const rows = ctx.db.select().from(staff).orderBy(asc(staff.name)).all();
    return rows.filter((r) => includeInactive || r.active).map(toRecord);
  },
  'staff.create'(ctx, input) {
    const { id } = ctx.db.insert(staff).values(input).returning({ id: staff.id }).get();
    const created = getStaff(ctx, id);
    writeAudit(ctx, { entity: 'staff', entityId: id, action: 'create', after: created });
    return created;
  },
  'staff.update'(ctx, { id, expectedVersion, ...fields }) {
    const before = getStaff(ctx, id);
    checkVersion(msg('api.record.thisStaffMember'), before, expectedVersion);
    // Someone must always be able to sign in as owner: to add staff, change settings, restore.
    if (before.role === 'owner' && before.hasPin && (fields.role !== 'owner' || !fields.active)) {
      if (otherOwnersWhoCanSignIn(ctx.sqlite, id) === 0)
        throw fail.rule(msg('refusals.staff.lastOwner'), {
          role: msg('refusals.staff.onlyOwner'),
        });
    }
    ctx.db
      .update(staff)
      .set({ ...fields, updatedAt: ctx.now().toISOString(), version: sql`${staff.version} + 1` })
      .where(eq(staff.id, id))
      .run();
    const after = getStaff(ctx, id);
    writeAudit(ctx, { entity: 'staff', entityId: id, action: 'update', before, after });
    return after;
  },
};
