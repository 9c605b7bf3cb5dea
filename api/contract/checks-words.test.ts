// The contract's own checks read in the reader's language: German to a German clinic, and to an
// English one exactly the words they always had. No check's message by id ever reaches a reader as
// its marker (api/contract/words.ts).
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { TEMPLATE_FIELDS } from '../../core/contact';
import { parseCallEnvelope } from './call-envelope';
import { fieldErrors } from './field-errors';
import { CHANNELS, contract, type Channel } from './index';

function refused(channel: Channel, input: unknown, locale: string): Record<string, string> {
  const parsed = (contract[channel].input as z.ZodType).safeParse(input);
  if (parsed.success) throw new Error(`${channel} took ${JSON.stringify(input)}`);
  return fieldErrors(parsed.error, locale);
}

describe('the contract’s checks in the reader’s language', () => {
  it('refuses a staff member without a name or role in German, and in English as before', () => {
    const input = { name: '  ', role: 'boss' };
    expect(refused('staff.create', input, 'en-GB')).toEqual({ name: 'Enter the name.', role: 'Choose a role.' });
    expect(refused('staff.create', input, 'de-DE')).toEqual({ name: 'Bitte Name eingeben.', role: 'Bitte eine Rolle wählen.' });
  });

  it('names a batch’s impossible expiry date in the clinic’s language', () => {
    const input = { pigmentId: 1, batchNumber: 'B-1', expiresOn: '2026-02-30' };
    expect(refused('batches.add', input, 'en-GB')).toEqual({ expiresOn: 'The expiry date is not a real date.' });
    expect(refused('batches.add', input, 'de-DE')).toEqual({ expiresOn: 'Ablaufdatum ist kein gültiges Datum.' });
    expect(refused('batches.add', { ...input, expiresOn: '' }, 'es-ES')).toEqual({
      expiresOn: 'Introduzca la fecha de caducidad como fecha.',
    });
  });

  it('gives the settings’ own checks in German, with the values in their place', () => {
    const input = { medicalRecordYears: 1.5, hubPort: 0, photoAngles: [], contactTemplateBooking: 'Hello {nickname}' };
    const fields = TEMPLATE_FIELDS.map((f) => `{${f}}`).join(', ');
    expect(refused('settings.update', input, 'en-GB')).toEqual({
      medicalRecordYears: 'Enter whole years.',
      hubPort: 'Enter a port from 1 to 65535, such as 8443.',
      photoAngles: 'Keep at least one angle.',
      contactTemplateBooking: `{nickname} is not filled in by Stipple. Use ${fields}.`,
    });
    expect(refused('settings.update', input, 'de-DE')).toEqual({
      medicalRecordYears: 'Bitte ganze Jahre eingeben.',
      hubPort: 'Bitte einen Port von 1 bis 65535 eingeben, z. B. 8443.',
      photoAngles: 'Bitte mindestens einen Blickwinkel behalten.',
      contactTemplateBooking: `{nickname} wird von Stipple nicht ausgefüllt. Verwenden Sie ${fields}.`,
    });
  });

  it('says why a refund needs a reason in the reader’s words', () => {
    const input = { planId: 1, kind: 'refund', amount: '10.00', currency: 'GBP', method: 'cash' };
    expect(refused('payments.take', input, 'en-GB')).toEqual({ reason: 'Say why: a refund needs a reason.' });
    expect(refused('payments.take', input, 'de-DE')).toEqual({ reason: 'Bitte einen Grund angeben: eine Erstattung braucht einen Grund.' });
  });

  it('asks for the needle configuration in German', () => {
    const input = { needle: '' };
    const de = refused('sessions.chart', input, 'de-DE');
    expect(de.needle).toBe('Bitte Nadelkonfiguration eingeben.');
    expect(refused('sessions.chart', input, 'en-GB').needle).toBe('Enter the needle configuration.');
  });
});

// Values that break most checks: empty, blank, too long, negative, fractional, huge, not a date, odd shapes.
const BAD_VALUES: unknown[] = [
  '',
  '   ',
  'x'.repeat(25_000),
  -1,
  1.5,
  1e12,
  'not a date',
  '2026-02-30',
  [],
  [''],
  [{}],
  [-1],
  true,
  {},
  null,
];

/** The keys of a channel's input object, through its defaults, refinements and transforms. */
function keysOf(schema: unknown): string[] {
  const s = schema as { shape?: Record<string, unknown>; def?: { innerType?: unknown; in?: unknown; schema?: unknown } };
  if (s.shape) return Object.keys(s.shape);
  const inner = s.def?.innerType ?? s.def?.in ?? s.def?.schema;
  return inner ? keysOf(inner) : [];
}

describe('every check of the contract', () => {
  it('reaches the reader as words, never as a message marker, in English, German and Spanish', () => {
    let checked = 0;
    let german = 0;
    let marked = 0;
    for (const channel of CHANNELS) {
      const schema = contract[channel].input as z.ZodType;
      const keys = keysOf(schema);
      const inputs: unknown[] = [undefined, null, 'x', {}, ...BAD_VALUES.map((v) => Object.fromEntries(keys.map((k) => [k, v])))];
      for (const input of inputs) {
        const parsed = schema.safeParse(input);
        if (parsed.success) continue;
        marked += parsed.error.issues.filter((issue) => issue.message.startsWith('\u2063')).length;
        const en = fieldErrors(parsed.error, 'en-GB');
        const de = fieldErrors(parsed.error, 'de-DE');
        const es = fieldErrors(parsed.error, 'es-ES');
        for (const [field, words] of [...Object.entries(en), ...Object.entries(de), ...Object.entries(es)]) {
          checked += 1;
          expect(words, `${channel} ${field}`).not.toMatch(/\u2063|msg:\{/);
          expect(words.length, `${channel} ${field}`).toBeGreaterThan(0);
        }
        german += Object.keys(en).filter((field) => en[field] !== de[field]).length;
      }
    }
    // Enough of the contract was refused to mean something, and most of it reads differently in German.
    expect(marked).toBeGreaterThan(300);
    expect(checked).toBeGreaterThan(1000);
    expect(german).toBeGreaterThan(300);
  });

  it('refuses a malformed call envelope in the reader’s language, English as before', () => {
    expect(parseCallEnvelope({ key: 'not-a-uuid' })).toEqual({
      ok: false,
      message: 'The change’s key is not valid, so nothing was saved.',
    });
    expect(parseCallEnvelope({ key: 'not-a-uuid' }, 'de-DE')).toEqual({
      ok: false,
      message: 'Der Schlüssel der Änderung ist ungültig, daher wurde nichts gespeichert.',
    });
    expect(parseCallEnvelope({ key: 'not-a-uuid' }, 'es-ES')).toEqual({
      ok: false,
      message: 'La clave del cambio no es válida, así que no se ha guardado nada.',
    });
  });
});
