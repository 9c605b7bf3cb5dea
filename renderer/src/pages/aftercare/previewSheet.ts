// The sheet the editor previews: the template being edited, for a sample client whose session is today.
import { bookingWindow } from '../../../../core/booking';
import { addYears, localDateOf } from '../../../../core/dates';
import type { AftercareSheetData } from '../../../../api/contract/aftercare';
import type { ClinicSettings } from '../../../../api/contract/settings';
import { t } from '../../i18n';
import { adviceLines, type Draft } from './draft';

export function previewSheet(d: Draft, settings: ClinicSettings, today = localDateOf(new Date())): AftercareSheetData {
  const number = d.sessionKind === 'later' ? 2 : 1;
  const kind = d.sessionKind === 'touch_up' ? 'touch_up' : 'course';
  const window = kind === 'course' ? bookingWindow(number + 1, today, settings) : null;
  return {
    clinic: {
      name: settings.clinicName,
      address: settings.clinicAddress,
      phone: settings.clinicPhone,
      logo: settings.clinicLogo,
      paperSize: settings.paperSize,
      locale: settings.locale,
    },
    client: { id: 1, firstName: 'Alex', lastName: 'Sample' },
    session: { id: 1, number, kind, date: today },
    template: {
      id: 1,
      key: d.key ?? 'new',
      version: (d.expectedVersion ?? 0) + 1,
      name: d.name.trim() || t('aftercare.editor.newName'),
      sessionKind: d.sessionKind,
      // Only rules that read as days and words; a half-typed row is left out of the preview.
      rules: d.rules.flatMap((r) => {
        const from = Number(r.fromDay);
        const to = r.toDay.trim() === '' ? null : Number(r.toDay);
        if (r.fromDay.trim() === '' || !Number.isInteger(from) || from < 0 || (to !== null && (!Number.isInteger(to) || to < from)))
          return [];
        return r.instruction.trim() ? [{ fromDay: from, toDay: to, instruction: r.instruction.trim() }] : [];
      }),
      advice: adviceLines(d.adviceText),
      createdAt: '',
      createdBy: null,
    },
    nextSession:
      kind === 'touch_up'
        ? { kind: 'touch_up', number: 2, earliest: addYears(today, settings.touchUpRecallYears), latest: null, optional: true }
        : window && { kind: 'course', number: number + 1, ...window, optional: number + 1 > 2 },
  };
}
