// A real sheet: made from a real database through the API, rendered to PDF, read back with pdftotext.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApi } from '../../api/testing';
import { tempDir } from '../../db/testing';
import { renderSheetToBuffer } from '../../renderer/src/pdf/renderOnNode';

let t: Awaited<ReturnType<typeof testApi>>;
let clientId: number;
beforeEach(async () => {
  t = await testApi(() => new Date('2026-12-29T18:00:00Z'));
  clientId = (await t.ok('clients.create', { firstName: 'Dariusz', lastName: 'Nowak-Whitfield' })).id;
  await t.ok('settings.update', {
    clinicName: 'North Street SMP',
    clinicAddress: '12 North Street\nLeeds LS1 4AB',
    clinicPhone: '0113 496 0000',
  });
});
afterEach(() => t.close());

const chartSession = (performedAt: string, over: Record<string, unknown> = {}) =>
  t.ok('sessions.chart', {
    clientId,
    performedAt,
    pigmentBrand: 'Scalp Ink',
    pigmentShade: 'Medium Grey',
    dilution: '1:3',
    pigmentBatch: 'B-2231',
    pigmentExpiry: '2027-06-30',
    needle: '1RL 0.25',
    zones: ['crown'],
    ...over,
  });

function pdfText(pdf: Buffer): { text: string; pages: number } {
  const dir = tempDir('stipple-sheet-');
  const file = path.join(dir, 'sheet.pdf');
  fs.writeFileSync(file, pdf);
  // Whitespace (line breaks, the no-break spaces inside dates) read as single spaces.
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return { text, pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]) };
}

describe('the printed aftercare sheet', () => {
  it('holds the client’s name, the clinic and the real dates across New Year, on one page', async () => {
    const s1 = await chartSession('2026-12-29T10:00:00.000Z');
    const data = await t.ok('aftercare.sheet', { sessionId: s1.id });
    const pdf = await renderSheetToBuffer(data);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const { text, pages } = pdfText(pdf);
    expect(pages).toBe(1);
    expect(text).toContain('Aftercare for Dariusz Nowak-Whitfield');
    expect(text).toContain('North Street SMP');
    expect(text).toContain('0113 496 0000');
    expect(text).toContain('Session 1 · Tuesday, 29 December 2026');
    expect(text).toContain('Tue, 29 Dec 2026 – Sat, 2 Jan 2027'); // days 0–4
    expect(text).toContain('Sun, 3 Jan 2027 – Mon, 4 Jan 2027'); // days 5–6: water only
    expect(text).toContain('From Tue, 5 Jan 2027 From day 7 after your session'); // day 7 on
    expect(text).toContain('The session day and the 4 days after');
    expect(text).toMatch(/completely dry/);
    expect(text).toMatch(/isopropyl alcohol/);
    expect(text).toContain('Your next session (session 2) can be booked from Tue, 5 Jan 2027.'); // 7 days after
    expect(text).toContain('Standard aftercare, version 1');
  });

  it('follows the clinic’s locale and paper size', async () => {
    await t.ok('settings.update', { locale: 'en-US', paperSize: 'LETTER' });
    const s1 = await chartSession('2026-11-23T10:00:00.000Z');
    const pdf = await renderSheetToBuffer(await t.ok('aftercare.sheet', { sessionId: s1.id }));
    const { text } = pdfText(pdf);
    expect(text).toContain('Mon, Nov 23 – Fri, Nov 27');
    const dir = tempDir('stipple-sheet-');
    fs.writeFileSync(path.join(dir, 's.pdf'), pdf);
    expect(execFileSync('pdfinfo', [path.join(dir, 's.pdf')], { encoding: 'utf8' })).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
  });

  it('shows a template edit in the next sheet while the earlier print keeps its version', async () => {
    const s1 = await chartSession('2026-11-23T10:00:00.000Z');
    const first = await t.ok('aftercare.sheet', { sessionId: s1.id });
    expect(pdfText(await renderSheetToBuffer(first)).text).not.toMatch(/pillowcase/);
    await t.ok('aftercare.prints.record', { sessionId: s1.id, templateId: first.template.id });

    const v1 = first.template;
    await t.ok('aftercare.templates.save', {
      key: v1.key,
      expectedVersion: v1.version,
      name: v1.name,
      sessionKind: v1.sessionKind,
      rules: [...v1.rules, { fromDay: 0, toDay: 2, instruction: 'Sleep on a clean, dark pillowcase.' }],
      advice: v1.advice,
    });
    const second = await t.ok('aftercare.sheet', { sessionId: s1.id });
    const text = pdfText(await renderSheetToBuffer(second)).text;
    expect(text).toMatch(/Mon 23 Nov – Wed 25 Nov/);
    expect(text).toMatch(/clean, dark pillowcase/);
    expect(text).toContain('Standard aftercare, version 2');
    await t.ok('aftercare.prints.record', { sessionId: s1.id, templateId: second.template.id });

    const prints = (await t.ok('clients.chart', { id: clientId })).prints;
    expect(prints.map((p) => p.templateVersion).sort()).toEqual([1, 2]);
  });

  it('keeps a longer template on one page by setting it a little smaller', async () => {
    const s1 = await chartSession('2026-11-23T10:00:00.000Z');
    const v1 = (await t.ok('aftercare.sheet', { sessionId: s1.id })).template;
    const topics = [
      'Sleep on a clean, dark pillowcase',
      'Wear only a loose, clean hat',
      'Avoid tight headwear and helmets',
      'Keep pets off your pillow',
    ];
    await t.ok('aftercare.templates.save', {
      key: v1.key,
      expectedVersion: 1,
      name: v1.name,
      sessionKind: 'any',
      rules: [
        ...v1.rules,
        ...topics.map((instruction, i) => ({
          fromDay: 0,
          toDay: 2 + i,
          instruction: `${instruction} on these days, and ask us if you are unsure.`,
        })),
      ],
      advice: [
        ...v1.advice,
        'Book a touch-up when the pigment starts to look lighter.',
        'Bring this sheet to your next session.',
        'Tell us about any new medication before your next session.',
      ],
    });
    const data = await t.ok('aftercare.sheet', { sessionId: s1.id });
    const { text, pages } = pdfText(await renderSheetToBuffer(data));
    expect(pages).toBe(1);
    expect(text).toContain('Keep pets off your pillow');
    expect(text).toContain('Your next session (session 2) can be booked from Mon 30 Nov.');
  });

  it('says when the third session’s window opens and closes after the second', async () => {
    await chartSession('2026-11-02T10:00:00.000Z');
    const s2 = await chartSession('2026-11-12T10:00:00.000Z', { retention: [{ zone: 'crown', rating: 'held_well', note: '' }] });
    const text = pdfText(await renderSheetToBuffer(await t.ok('aftercare.sheet', { sessionId: s2.id }))).text;
    // 21–28 days after 12 Nov; beyond the two sessions every client is quoted, so "if needed".
    expect(text).toMatch(/If a further session is needed, session 3 can be booked between Thu 3 Dec and Thu 10 Dec/);
  });
});
