import { writeAudit } from '../audit';
import type { HandlerContext } from '../context';
import { readSettings } from './settings';
import { hashPin, PinAttempts, verifyPin } from '../pin';
import { fail } from '../result';
import type { HandlerMap } from './types';

type StaffRow = { id: number; name: string; role: 'owner' | 'practitioner' | 'reception'; pinHash: string | null; active: number };

// One counter per database connection, i.e. per running app.
const attempts = new WeakMap<object, PinAttempts>();
const attemptsFor = (ctx: HandlerContext) => {
  let a = attempts.get(ctx.sqlite);
  if (!a) attempts.set(ctx.sqlite, (a = new PinAttempts()));
  return a;
};

function staffRow(ctx: HandlerContext, id: number): StaffRow | undefined {
  return ctx.sqlite.prepare('SELECT id, name, role, pin_hash AS pinHash, active FROM staff WHERE id = ?').get(id) as StaffRow | undefined;
}

const member = (r: StaffRow) => ({ id: r.id, name: r.name, role: r.role });

function hasSignInStaff(ctx: HandlerContext): boolean {
  return ctx.sqlite.prepare('SELECT 1 FROM staff WHERE pin_hash IS NOT NULL AND active = 1 LIMIT 1').get() !== undefined;
}

export const authHandlers: HandlerMap<'auth.status' | 'auth.setupOwner' | 'auth.signIn' | 'auth.signOut' | 'auth.setPin'> = {
  'auth.status'(ctx) {
    const staff = ctx.sqlite
      .prepare('SELECT id, name, role, pin_hash AS pinHash, active FROM staff WHERE active = 1 AND pin_hash IS NOT NULL ORDER BY name COLLATE NOCASE')
      .all() as StaffRow[];
    const actor = ctx.actorId === null ? undefined : staffRow(ctx, ctx.actorId);
    return {
      actor: actor && actor.active ? member(actor) : null,
      needsOwner: staff.length === 0,
      staff: staff.map(member),
      idleLockMinutes: readSettings(ctx).idleLockMinutes,
    };
  },
  'auth.setupOwner'(ctx, { name, pin }) {
    if (hasSignInStaff(ctx)) throw fail.rule('The owner account already exists. Sign in with your PIN.');
    const { id } = ctx.sqlite.prepare("INSERT INTO staff (name, role, pin_hash) VALUES (?, 'owner', ?) RETURNING id").get(name, hashPin(pin)) as { id: number };
    const created = staffRow(ctx, id)!;
    ctx.caller?.signIn(id);
    writeAudit(ctx, { entity: 'staff', entityId: id, action: 'create', after: { ...member(created), hasPin: true }, reason: 'first owner account' });
    return member(created);
  },
  'auth.signIn'(ctx, { staffId, pin }) {
    const limiter = attemptsFor(ctx);
    const now = ctx.now().getTime();
    const wait = limiter.waitSeconds(staffId, now);
    if (wait > 0) throw fail.field('pin', `Too many wrong PINs. Try again in ${wait} seconds.`);
    const row = staffRow(ctx, staffId);
    if (!row || !row.active || !row.pinHash) throw fail.field('staffId', 'Choose who you are from the list.');
    if (!verifyPin(pin, row.pinHash)) {
      limiter.fail(staffId, now);
      throw fail.field('pin', 'That PIN is not right. Try again.');
    }
    limiter.succeed(staffId);
    ctx.caller?.signIn(staffId);
    writeAudit(ctx, { entity: 'staff', entityId: staffId, action: 'sign_in' });
    return member(row);
  },
  'auth.signOut'(ctx) {
    ctx.caller?.signOut();
    return { ok: true as const };
  },
  'auth.setPin'(ctx, { staffId, pin, currentPin }) {
    const actor = ctx.actorId === null ? undefined : staffRow(ctx, ctx.actorId);
    const target = staffRow(ctx, staffId);
    if (!target) throw fail.notFound('The staff member');
    if (!actor) throw fail.forbidden('Sign in before changing a PIN.');
    if (actor.role !== 'owner') {
      if (actor.id !== staffId) throw fail.forbidden('Only an owner can set another person’s PIN.');
      if (!verifyPin(currentPin ?? '', target.pinHash)) throw fail.field('currentPin', 'Your current PIN is not right.');
    }
    ctx.sqlite.prepare('UPDATE staff SET pin_hash = ?, updated_at = ?, version = version + 1 WHERE id = ?').run(hashPin(pin), ctx.now().toISOString(), staffId);
    // The audit entry says that the PIN changed, never what it is.
    writeAudit(ctx, { entity: 'staff', entityId: staffId, action: 'set_pin' });
    return { ok: true as const };
  },
};
