// The book's printouts from a real database through the API, rendered to real PDFs and read back
// with pdftotext: the day's to-contact list (phones, messages, the tick) and an A6 appointment card.
import { renderToBuffer } from '@react-pdf/renderer';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApi } from '../../api/testing';
import { tempDir } from '../../db/testing';
import { buildAppointmentCard, buildContactList } from '../../renderer/src/pdf/bookPdfs';
import { registerSheetFonts } from '../../renderer/src/pdf/fonts';
import { nodeSheetFonts } from '../../renderer/src/pdf/nodeFontFiles';

let t: Awaited<ReturnType<typeof testApi>>;
let alex: number;
let session: number;
const NOW = new Date(2026, 10, 21, 9, 0);
beforeEach(async () => {
  t = await testApi(() => NOW);
  await t.ok('settings.update', {
    clinicName: 'North Street SMP',
    clinicAddress: '12 North Street\nLeeds LS1 4AB',
    clinicPhone: '0113 496 0000',
  });
  const kim = (await t.ok('staff.create', { name: 'Kim Lee', role: 'practitioner' })).id;
  alex = (await t.ok('clients.create', { firstName: 'Alex', lastName: 'Moreau', phone: '07700 900456' })).id;
  session = (await t.ok('sessions.book', { clientId: alex, bookedFor: new Date(2026, 10, 22, 10, 0).toISOString(), practitionerId: kim }))
    .id;
  registerSheetFonts(nodeSheetFonts);
});
afterEach(() => t.close());

function pdfText(pdf: Buffer, name: string): { text: string; info: string } {
  const file = path.join(tempDir('stipple-book-pdf-'), name);
  fs.writeFileSync(file, pdf);
  if (process.env.STIPPLE_KEEP_PDF) fs.copyFileSync(file, path.join(process.env.STIPPLE_KEEP_PDF, name));
  return {
    text: execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' '),
    info: execFileSync('pdfinfo', [file], { encoding: 'utf8' }),
  };
}

describe('the book’s printouts', () => {
  it('prints the to-contact list with each phone, message and tick', async () => {
    await t.ok('book.markContacted', { day: '2026-11-21', key: `booking:${session}`, clientId: alex, contacted: true });
    const list = await t.ok('book.toContact', { day: '2026-11-21' });
    const pdf = await renderToBuffer(
      buildContactList({ clinicName: 'North Street SMP', day: list.day, items: list.items, locale: 'en-GB', paperSize: 'A4' }),
    );
    const { text, info } = pdfText(pdf, 'to-contact.pdf');
    expect(text).toContain('To contact on Sat, 21 Nov 2026');
    expect(text).toContain('Alex Moreau');
    expect(text).toContain('07700 900456');
    expect(text).toContain('Booked tomorrow');
    expect(text).toContain('Hi Alex, a reminder of your SMP session at North Street SMP tomorrow, Sun, 22 Nov 2026 at 10:00.');
    expect(text).toContain('Contacted by');
    expect(info).toMatch(/Pages:\s+1\b/);
    expect(info).toMatch(/Page size:\s+595(\.\d+)? x 841/); // A4
  });

  it('prints an A6 appointment card with the booking, the clinic and the aftercare reminder', async () => {
    const card = await t.ok('book.card', { clientId: alex });
    const { text, info } = pdfText(await renderToBuffer(buildAppointmentCard(card)), 'card.pdf');
    expect(text).toContain('North Street SMP');
    expect(text).toContain('12 North Street, Leeds LS1 4AB');
    expect(text).toContain('Your next appointment');
    expect(text).toContain('Alex Moreau');
    expect(text).toContain('Sun, 22 Nov 2026');
    expect(text).toContain('10:00–14:00 (about 4 h)');
    expect(text).toContain('Session 1 with Kim Lee');
    expect(text).toContain('Keep your scalp completely dry');
    expect(text).toContain('To change your appointment, call 0113 496 0000.');
    expect(info).toMatch(/Page size:\s+297(\.\d+)? x 419/); // A6
  });

  it('prints the list and the card in German for a German locale', async () => {
    const list = await t.ok('book.toContact', { day: '2026-11-21' });
    const sheet = pdfText(
      await renderToBuffer(
        buildContactList({ clinicName: 'North Street SMP', day: list.day, items: list.items, locale: 'de-DE', paperSize: 'A4' }),
      ),
      'to-contact-de.pdf',
    );
    expect(sheet.text).toContain('Zu kontaktieren am Sa., 21. Nov. 2026');
    expect(sheet.text).toContain('Termin morgen');
    expect(sheet.text).not.toContain('To contact on');

    const card = await t.ok('book.card', { clientId: alex });
    const { text } = pdfText(await renderToBuffer(buildAppointmentCard({ ...card, locale: 'de-DE' })), 'card-de.pdf');
    expect(text).toContain('Ihr nächster Termin');
    expect(text).toContain('So., 22. Nov. 2026');
    expect(text).toContain('10:00–14:00 (etwa 4 Std.)');
    expect(text).toContain('Sitzung 1 bei Kim Lee');
    expect(text).toContain('Nachsorge');
    expect(text).toContain('Um Ihren Termin zu ändern, rufen Sie 0113 496 0000 an.');
  });
});
