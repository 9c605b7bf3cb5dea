// Printing through the system print dialog. Aftercare sheets will come as PDFs later; for now this
// prints whatever a window shows. Electron is passed in (any webContents), so it is unit-tested.

export interface PrintableContents {
  print(options: { silent: boolean; printBackground: boolean }, callback: (success: boolean, failureReason: string) => void): void;
}

export type PrintOutcome = { printed: true } | { printed: false; cancelled: boolean; reason: string };

/** Opens the system print dialog; cancelling is an outcome, not an error. */
export function printContents(contents: PrintableContents): Promise<PrintOutcome> {
  return new Promise((resolve) => {
    // silent: false — the clinic picks the printer and paper every time; no surprise printouts.
    contents.print({ silent: false, printBackground: true }, (success, failureReason) => {
      if (success) resolve({ printed: true });
      else resolve({ printed: false, cancelled: /cancel/i.test(failureReason), reason: failureReason });
    });
  });
}
