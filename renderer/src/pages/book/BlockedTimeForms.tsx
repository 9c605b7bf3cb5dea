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
    if (!who) return change.fail({ staffId: 'Choose whose time is blocked.' });
    if (!startsAt) return change.fail({ startsAt: 'Choose when the blocked time starts.' });
    if (!endsAt) return change.fail({ endsAt: 'Choose when the blocked time ends.' });
    const done = await change.run('book.block', { staffId: Number(who), startsAt, endsAt, reason });
    if (done) onDone();
  }
  return (
    <form className="inline-form book-panel" onSubmit={submit} noValidate aria-label="Block time">
      <h2>Block time</h2>
      {change.message && <ErrorNotice message={change.message} />}
      <div className="form-grid">
        <PractitionerSelect value={who} onChange={setWho} practitioners={practitioners} error={f.staffId} />
        <DateTimeField label="From" value={from} onChange={setFrom} error={f.startsAt} />
        <DateTimeField label="Until" value={to} onChange={setTo} error={f.endsAt} />
        <Field label="Why (break, training, day off…)" error={f.reason}>
          {(p) => <input {...p} value={reason} onChange={(e) => setReason(e.target.value)} />}
        </Field>
      </div>
      <div className="form-actions">
        <button className="button button-primary" type="submit" disabled={change.busy || offline !== null}>
          Block the time
        </button>
        <button className="button" type="button" onClick={onDone}>
          Cancel
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
    <form className="inline-form book-panel" onSubmit={submit} noValidate aria-label="Blocked time">
      <h2>Blocked: {blocked.reason}</h2>
      <p className="muted">
        {formatWhen(blocked.startsAt, locale)}–{formatTime(blocked.endsAt, locale)}
      </p>
      {change.message && <ErrorNotice message={change.message} />}
      <Field label="Why it is removed" error={change.fields.reason}>
        {(p) => <input {...p} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
      <div className="form-actions">
        <button className="button" type="submit" disabled={change.busy || offline !== null}>
          Remove the blocked time
        </button>
        <button className="button" type="button" onClick={onDone}>
          Close
        </button>
      </div>
      <OfflineReason reason={offline} />
    </form>
  );
}
