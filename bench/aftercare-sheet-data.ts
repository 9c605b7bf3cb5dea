// A typical sheet: the default template, a second session, a clinic with address, phone and logo.
import defaults from '../resources/default-aftercare.json' with { type: 'json' };
import type { AftercareSheetData } from '../api/contract/aftercare';
import { aftercareTemplateInput } from '../api/contract/aftercare';

// A 2×2 PNG: enough to exercise the logo path without shipping an image.
const LOGO = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEElEQVR4nGMQsckDIgYIBQATbgL5jI86ZgAAAABJRU5ErkJggg==';

export function sampleSheet(): AftercareSheetData {
  const t = aftercareTemplateInput.parse({ ...defaults, key: null });
  return {
    clinic: {
      name: 'North Street SMP',
      address: '12 North Street\nLeeds LS1 4AB',
      phone: '0113 496 0000',
      logo: LOGO,
      paperSize: 'A4',
      locale: 'en-GB',
    },
    client: { id: 1, firstName: 'Dariusz', lastName: 'Nowak-Whitfield' },
    session: { id: 1, number: 2, kind: 'course', date: '2026-11-23' },
    template: {
      id: 1,
      key: 'standard',
      version: 1,
      name: t.name,
      sessionKind: t.sessionKind,
      rules: t.rules,
      advice: t.advice,
      createdAt: '2026-11-01T00:00:00.000Z',
      createdBy: null,
    },
    nextSession: { kind: 'course', number: 3, earliest: '2026-12-14', latest: '2026-12-21', optional: false },
  };
}
