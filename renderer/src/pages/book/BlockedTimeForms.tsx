// Blocked time in the book (breaks, training, a day off): entered and removed by an owner, each
// with why. The API refuses anyone else with a sentence, shown here.
import { useState } from 'react';
import type { BlockedTimeRecord } from '../../../../api/contract/book';
import { DateTimeField } from '../../components/DateTimeField';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { OfflineReason, useOfflineRefusal } from '../../components/LinkStatus';
import { instantToLocalInput, localInputToInstant, useChartChange } from '../chart/plans/useChartChange';
import { formatTime, formatWhen } from '../reception/format';
import { PractitionerSelect, type PractitionerOption } from './PractitionerSelect';
import { t } from '../../i18n';

export function BlockTimeForm({
  start,
  practitionerId,
  practitioners,
  onDone,
}: {
  start: Date;
  practitionerId: number;
  practitioners: PractitionerOption[];
  onDone: () => void;
}) {
  const change = useChartChange();
  const offline = useOfflineRefusal('book.block');
  const [who, setWho] = useState(String(practitionerId || ''));
  const [from, setFrom] = useState(instantToLocalInput(start));
  const [to, setTo] = useState(instantToLocalInput(new Date(start.getTime() + 60 * 60_000)));
  const [reason, setReason] = useState('');
  const f = change.fields;
  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const startsAt = localInputToInstant(from);
    const endsAt = localInputToInstant(to);
    if (!who) return change.fail({ staffId: t('book.block.needWho') });
    if (!startsAt) return change.fail({ startsAt: t('book.block.needStart') });
    if (!endsAt) return change.fail({ endsAt: t('book.block.needEnd') });
    const done = await change.run('book.block', { staffId: Number(who), startsAt, endsAt, reason });
    if (done) onDone();
  }
  return (
    <form className="inline-form book-panel" onSubmit={submit} noValidate aria-label={t('book.block.title')}>
      <h2>{t('book.block.title')}</h2>
      {change.message && <ErrorNotice message={change.message} />}
      <div className="form-grid">
        <PractitionerSelect value={who} onChange={setWho} practitioners={practitioners} error={f.staffId} />
        <DateTimeField label={t('book.block.from')} value={from} onChange={setFrom} error={f.startsAt} />
        <DateTimeField label={t('book.block.until')} value={to} onChange={setTo} error={f.endsAt} />
        <Field label={t('book.block.why')} error={f.reason}>
          {(p) => <input {...p} value={reason} onChange={(e) => setReason(e.target.value)} />}
        </Field>
      </div>
      <div className="form-actions">
        <button className="button button-primary" type="submit" disabled={change.busy || offline !== null}>
          {t('book.block.submit')}
        </button>
        <button className="button" type="button" onClick={onDone}>
          {t('book.cancel')}
        </button>
      </div>
      <OfflineReason reason={offline} />
    </form>
  );
}

export function BlockedTimePanel({ blocked, locale, onDone }: { blocked: BlockedTimeRecord; locale: string; onDone: () => void }) {
  const change = useChartChange();
  const offline = useOfflineRefusal('book.unblock');
  const [reason, setReason] = useState('');
  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const done = await change.run('book.unblock', { id: blocked.id, expectedVersion: blocked.version, reason });
    if (done) onDone();
  }
  return (
    <form className="inline-form book-panel" onSubmit={submit} noValidate aria-label={t('book.blocked.label')}>
      <h2>{t('book.blocked.title', { reason: blocked.reason })}</h2>
      <p className="muted">
        {formatWhen(blocked.startsAt, locale)}–{formatTime(blocked.endsAt, locale)}
      </p>
      {change.message && <ErrorNotice message={change.message} />}
      <Field label={t('book.blocked.whyRemoved')} error={change.fields.reason}>
        {(p) => <input {...p} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
      <div className="form-actions">
        <button className="button" type="submit" disabled={change.busy || offline !== null}>
          {t('book.blocked.remove')}
        </button>
        <button className="button" type="button" onClick={onDone}>
          {t('book.close')}
        </button>
      </div>
      <OfflineReason reason={offline} />
    </form>
  );
}
