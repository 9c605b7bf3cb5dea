import { describe, expect, it, vi } from 'vitest';
import { printContents, type PrintableContents } from './printing';

const contents = (success: boolean, reason = ''): PrintableContents & { print: ReturnType<typeof vi.fn> } => ({
  print: vi.fn((_options, callback: (s: boolean, r: string) => void) => callback(success, reason)),
});

describe('printContents', () => {
  it('always asks through the system dialog, with backgrounds', async () => {
    const c = contents(true);
    await expect(printContents(c)).resolves.toEqual({ printed: true });
    expect(c.print).toHaveBeenCalledWith({ silent: false, printBackground: true }, expect.any(Function));
  });

  it('reports a cancelled dialog as cancelled, not as a failure', async () => {
    await expect(printContents(contents(false, 'Print job canceled'))).resolves.toEqual({
      printed: false,
      cancelled: true,
      reason: 'Print job canceled',
    });
  });

  it('reports a printer failure with its reason', async () => {
    await expect(printContents(contents(false, 'Print job failed'))).resolves.toMatchObject({ printed: false, cancelled: false });
  });
});
