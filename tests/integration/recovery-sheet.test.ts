// The recovery key sheet rendered to a real PDF and read back with pdftotext: the clinic's name, the
// date, all 14 groups (which read back into the key), and where to keep it.
import { renderToBuffer } from '@react-pdf/renderer';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRecoveryKey, recoveryKeyGroups } from '../../core/recovery-key';
import { tempDir } from '../../db/testing';
import { registerSheetFonts } from '../../renderer/src/pdf/fonts';
import { nodeSheetFonts } from '../../renderer/src/pdf/nodeFontFiles';
import { buildRecoverySheet } from '../../renderer/src/pdf/recoverySheetPdf';

describe('the recovery key sheet', () => {
  it('holds the clinic, the date, the whole key and where to keep it', async () => {
    const key = crypto.getRandomValues(new Uint8Array(32)).reduce((hex, b) => hex + b.toString(16).padStart(2, '0'), '');
    const groups = recoveryKeyGroups(key);
    registerSheetFonts(nodeSheetFonts);
    const bytes = await renderToBuffer(
      buildRecoverySheet({ clinicName: 'North Street SMP', groups, dateText: '21 Nov 2026', paperSize: 'A4' }),
    );
    const file = path.join(tempDir(), 'recovery.pdf');
    fs.writeFileSync(file, bytes);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('North Street SMP');
    expect(flat).toContain('Made on 21 Nov 2026');
    expect(flat).toContain('Stipple recovery key');
    expect(flat).toContain('Where to keep it');
    expect(flat).toContain('Open a backup from another computer');
    const found = groups.filter((g) => text.includes(g));
    expect(found).toEqual(groups);
    // Read off the page row by row, the groups come in order and read back into the key.
    const tokens = [...text.matchAll(/\b[0-9A-HJKMNP-TV-Z]{5}\b/g)].map((m) => m[0]).filter((t) => groups.includes(t));
    expect(parseRecoveryKey(tokens.join('-'))).toEqual({ ok: true, key });
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Pages:\s+1\n/);
  });
});
