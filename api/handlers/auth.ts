import {
  anyoneHasPin,
  clearSignInAttempts,
  insertOwnerAccount,
  PIN_AT_FIRST_SIGN_IN,
  saveSignInAttempts,
  setFirstPinHash,
  setPinHash,
  signInAttempts,
  staffForSignIn,
  staffWhoCanSignIn,
  type SignInRow,
} from '../../db/queries/sign-in';
import { writeAudit } from '../audit';
import type { HandlerContext } from '../context';
import { readSettings } from './settings';
import { hashPin, lockedUntilAfter, secondsToWait, verifyPin } from '../pin';
import { fail } from '../result';
import type { HandlerMap } from './types';
import { msg } from '../contract/words';

const staffRow = (ctx: HandlerContext, id: number) => staffForSignIn(ctx.sqlite, id);
const member = (r: SignInRow) => ({ id: r.id, name: r.name, role: r.role, locale: r.locale });

const needsPin = (r: SignInRow) => r.pinHash === PIN_AT_FIRST_SIGN_IN;

export const authHandlers: HandlerMap<
  'auth.status' | 'auth.setupOwner' | 'auth.signIn' | 'auth.signOut' | 'auth.setPin' | 'auth.firstPin'
> = {
  'auth.status'(ctx) {
    const staff = staffWhoCanSignIn(ctx.sqlite);
    const actor = ctx.actorId === null ? undefined : staffRow(ctx, ctx.actorId);
    const settings = readSettings(ctx);
    return {
      actor: actor && actor.active ? member(actor) : null,
      needsOwner: staff.length === 0,
      staff: staff.map((r) => ({ ...member(r), needsPin: needsPin(r) })),
      idleLockMinutes: settings.idleLockMinutes,
      minPinLength: settings.minPinLength,
    };
  },
  'auth.firstPin'(ctx, { staffId, pin }) {
    const row = staffRow(ctx, staffId);
    if (!row || !row.active || !row.pinHash) throw fail.field('staffId', msg('refusals.auth.chooseWho'));
    if (!needsPin(row)) throw fail.field('pin', msg('refusals.auth.hasPin'));
    const shortest = readSettings(ctx).minPinLength;
    if (pin.length < shortest) throw fail.field('pin', msg('refusals.auth.pinLength', { shortest }));
    // Only while the mark is still there: two windows choosing for the same person cannot both win.
    if (!setFirstPinHash(ctx.sqlite, staffId, hashPin(pin), ctx.now().toISOString()))
      throw fail.field('pin', msg('refusals.auth.pinJustChosen'));
    clearSignInAttempts(ctx.sqlite, staffId);
    ctx.caller?.signIn(staffId);
    writeAudit(ctx, { entity: 'staff', entityId: staffId, action: 'set_pin', reason: 'PIN set at first sign-in' });
    writeAudit(ctx, { entity: 'staff', entityId: staffId, action: 'sign_in' });
    return member(row);
  },
  'auth.setupOwner'(ctx, { name, pin }) {
    if (anyoneHasPin(ctx.sqlite)) throw fail.rule(msg('refusals.auth.ownerExists'));
    const id = insertOwnerAccount(ctx.sqlite, name, hashPin(pin));
    const created = staffRow(ctx, id)!;
    ctx.caller?.signIn(id);
    writeAudit(ctx, {
      entity: 'staff',
      entityId: id,
      action: 'create',
      after: { ...member(created), hasPin: true },
      reason: 'first owner account',
    });
    return member(created);
  },
  'auth.signIn'(ctx, { staffId, pin }) {
    // Wrong PINs are counted in the database: a restart, another window or another process
    // shares the count and the lockout.
    const now = ctx.now().getTime();
    const tried = signInAttempts(ctx.sqlite, staffId);
    const wait = secondsToWait(tried.lockedUntil, now);
    if (wait > 0) throw fail.field('pin', msg('refusals.auth.tooMany', { wait }));
    const row = staffRow(ctx, staffId);
    if (!row || !row.active || !row.pinHash) throw fail.field('staffId', msg('refusals.auth.chooseWho'));
    if (needsPin(row)) throw fail.field('pin', msg('refusals.auth.noPinYet'));
    if (!verifyPin(pin, row.pinHash)) {
      const failures = tried.failures + 1;
      const lockedUntil = lockedUntilAfter(failures, now);
      saveSignInAttempts(ctx.sqlite, staffId, { failures, lockedUntil }, ctx.now().toISOString());
      writeAudit(ctx, { entity: 'staff', entityId: staffId, action: 'sign_in_failed', after: { failures, lockedOut: lockedUntil > 0 } });
      const message =
        lockedUntil > 0 ? msg('refusals.auth.wrongPinWait', { wait: secondsToWait(lockedUntil, now) }) : msg('refusals.auth.wrongPin');
      throw fail.afterRecording(fail.field('pin', message));
    }
    clearSignInAttempts(ctx.sqlite, staffId);
    ctx.caller?.signIn(staffId);
    writeAudit(ctx, { entity: 'staff', entityId: staffId, action: 'sign_in' });
    return member(row);
  },
  'auth.signOut'(ctx) {
    ctx.caller?.signOut();
    return { ok: true as const };
  },
  'auth.setPin'(ctx, { staffId, pin, currentPin }) {
    const shortest = readSettings(ctx).minPinLength;
    if (pin.length < shortest) throw fail.field('pin', msg('refusals.auth.pinLength', { shortest }));
    const actor = ctx.actorId === null ? undefined : staffRow(ctx, ctx.actorId);
    const target = staffRow(ctx, staffId);
    if (!target) throw fail.notFound(msg('api.record.theStaffMember'));
    if (!actor) throw fail.forbidden(msg('refusals.auth.signInFirst'));
    if (actor.role !== 'owner') {
      if (actor.id !== staffId) throw fail.forbidden(msg('refusals.auth.ownerSetsPin'));
      if (!verifyPin(currentPin ?? '', target.pinHash)) throw fail.field('currentPin', msg('refusals.auth.currentPinWrong'));
    }
    setPinHash(ctx.sqlite, staffId, hashPin(pin), ctx.now().toISOString());
    // The audit entry says that the PIN changed, never what it is.
    writeAudit(ctx, { entity: 'staff', entityId: staffId, action: 'set_pin' });
    return { ok: true as const };
  },
};
