// A practitioner's opening hours, set by an owner: the days they work and from when to when. A day
// not ticked is a day off; the book greys the closed hours and asks for a reason to book in them.
import { useState } from 'react';
import type { HoursRecord } from '../../../../api/contract/book';
import { ErrorNotice } from '../../components/ErrorNotice';
import { OfflineReason, useOfflineRefusal } from '../../components/LinkStatus';
import { useChartChange } from '../chart/plans/useChartChange';
import { t } from '../../i18n';

type Day = { works: boolean; opens: string; closes: string };

function daysOf(hours: HoursRecord | undefined): Day[] {
  return [1, 2, 3, 4, 5, 6, 7].map((weekday) => {
    const d = hours?.week?.find((w) => w.weekday === weekday);
    return d
      ? { works: true, opens: d.opens, closes: d.closes }
      : { works: hours?.week ? false : weekday <= 5, opens: '09:00', closes: '17:00' };
  });
}

export function HoursForm({ practitioners, onDone }: { practitioners: (HoursRecord & { name: string })[]; onDone: () => void }) {
  const change = useChartChange();
  const offline = useOfflineRefusal('book.setHours');
  const [staffId, setStaffId] = useState(practitioners[0]?.staffId ?? 0);
  const current = practitioners.find((p) => p.staffId === staffId);
  const [days, setDays] = useState<Day[]>(() => daysOf(current));
  const f = change.fields;

  function choose(id: number) {
    setStaffId(id);
    setDays(daysOf(practitioners.find((p) => p.staffId === id)));
  }
  const set = (i: number, patch: Partial<Day>) => setDays(days.map((d, j) => (j === i ? { ...d, ...patch } : d)));

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const week = days.flatMap((d, i) => (d.works ? [{ weekday: i + 1, opens: d.opens, closes: d.closes }] : []));
    const done = await change.run('book.setHours', { staffId, expectedVersion: current?.version ?? null, week });
    if (done) onDone();
  }

  return (
    <form className="inline-form book-panel" onSubmit={submit} noValidate aria-label={t('book.hours.title')}>
      <h2>{t('book.hours.title')}</h2>
      {change.message && <ErrorNotice message={change.message} />}
      <div className="field">
        <label htmlFor="hours-practitioner">{t('book.practitioner')}</label>
        <select id="hours-practitioner" value={staffId} onChange={(e) => choose(Number(e.target.value))}>
          {practitioners.map((p) => (
            <option key={p.staffId} value={p.staffId}>
              {p.name}
            </option>
          ))}
        </select>
      </div>
      <table className="book-hours">
        <thead>
          <tr>
            <th scope="col">{t('book.hours.day')}</th>
            <th scope="col">{t('book.hours.opens')}</th>
            <th scope="col">{t('book.hours.closes')}</th>
          </tr>
        </thead>
        <tbody>
          {days.map((d, i) => {
            const name = t(`book.weekday.${(i + 1) as 1 | 2 | 3 | 4 | 5 | 6 | 7}`);
            const error = f[`week.${days.slice(0, i).filter((x) => x.works).length}.closes`];
            return (
              <tr key={name}>
                <th scope="row">
                  <label>
                    <input type="checkbox" checked={d.works} onChange={(e) => set(i, { works: e.target.checked })} /> {name}
                  </label>
                </th>
                <td>
                  <input
                    type="time"
                    aria-label={t('book.hours.opensOn', { day: name })}
                    value={d.opens}
                    disabled={!d.works}
                    onChange={(e) => set(i, { opens: e.target.value })}
                  />
                </td>
                <td>
                  <input
                    type="time"
                    aria-label={t('book.hours.closesOn', { day: name })}
                    value={d.closes}
                    disabled={!d.works}
                    aria-invalid={d.works && Boolean(error)}
                    onChange={(e) => set(i, { closes: e.target.value })}
                  />
                  {d.works && error && (
                    <p className="field-error" role="alert">
                      {error}
                    </p>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="form-actions">
        <button className="button button-primary" type="submit" disabled={change.busy || offline !== null}>
          {t('book.hours.save')}
        </button>
        <button className="button" type="button" onClick={onDone}>
          {t('book.cancel')}
        </button>
      </div>
      <OfflineReason reason={offline} />
    </form>
  );
}
