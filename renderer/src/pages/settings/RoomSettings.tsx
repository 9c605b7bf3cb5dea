// Settings → Rooms and the book's columns: the clinic's treatment rooms or chairs, in the order the
// book shows them, and whether the book has a column per practitioner or per room. Owners add,
// rename, reorder, take out of use and bring back; a room is never deleted (bookings keep theirs).
import { useState, type FormEvent } from 'react';
import type { RoomRecord } from '../../../../api/contract/rooms';
import type { ClinicSettings } from '../../../../api/contract/settings';
import { call } from '../../api/client';
import { useApiQuery } from '../../api/useApi';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { OfflineReason, useOfflineRefusal } from '../../components/LinkStatus';
import './room-settings.css';
import { t } from '../../i18n';

type Columns = ClinicSettings['bookColumns'];

export function RoomSettings() {
  const list = useApiQuery('rooms.list', {});
  const offline = useOfflineRefusal('rooms.update');
  const [name, setName] = useState('');
  const [addError, setAddError] = useState<string | undefined>();
  const [editing, setEditing] = useState<{ room: RoomRecord; name: string; error?: string } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [rowError, setRowError] = useState<string | null>(null);

  async function add(event: FormEvent) {
    event.preventDefault();
    setMessage(null);
    const r = await call('rooms.add', { name });
    if (!r.ok) return setAddError(r.error.fields?.name ?? r.error.message);
    setAddError(undefined);
    setName('');
    setMessage(t('settings.rooms.added', { room: r.data.name }));
  }

  async function rename(event: FormEvent) {
    event.preventDefault();
    if (!editing) return;
    const r = await call('rooms.update', { id: editing.room.id, expectedVersion: editing.room.version, name: editing.name });
    if (!r.ok) return setEditing({ ...editing, error: r.error.fields?.name ?? r.error.message });
    setEditing(null);
    setMessage(t('settings.rooms.savedOne', { room: r.data.name }));
  }

  async function setActive(room: RoomRecord, active: boolean) {
    setMessage(null);
    setRowError(null);
    const r = await call('rooms.update', { id: room.id, expectedVersion: room.version, active });
    if (!r.ok) setRowError(r.error.message);
    else setMessage(t(active ? 'settings.rooms.inUseAgain' : 'settings.rooms.outOfUse', { room: room.name }));
  }

  async function move(room: RoomRecord, direction: 'earlier' | 'later') {
    setMessage(null);
    setRowError(null);
    const r = await call('rooms.move', { id: room.id, expectedVersion: room.version, direction });
    if (!r.ok) setRowError(r.error.fields?.direction ?? r.error.message);
    else setMessage(t(direction === 'earlier' ? 'settings.rooms.movedLeft' : 'settings.rooms.movedRight', { room: room.name }));
  }

  const rooms = list.data ?? [];
  return (
    <section className="backup-settings" aria-labelledby="room-settings-title">
      <h2 id="room-settings-title">{t('settings.rooms.title')}</h2>
      <p className="muted">{t('settings.rooms.intro')}</p>
      <BookColumnsSetting hasRooms={rooms.some((r) => r.active)} />
      {list.error && <ErrorNotice message={list.error.message} />}
      {rowError && <ErrorNotice message={rowError} />}
      {message && (
        <p className="notice notice-ok" role="status">
          {message}
        </p>
      )}
      <OfflineReason reason={offline} />
      {rooms.length > 0 && (
        <table className="table">
          <caption className="visually-hidden">{t('settings.rooms.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('settings.rooms.room')}</th>
              <th scope="col">{t('settings.rooms.inUse')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('settings.change')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rooms.map((room, i) =>
              editing?.room.id === room.id ? (
                <tr key={room.id}>
                  <td colSpan={3}>
                    <form
                      onSubmit={rename}
                      noValidate
                      className="form inline-form"
                      aria-label={t('settings.rooms.renameLabel', { room: room.name })}
                    >
                      <Field label={t('settings.name')} error={editing.error}>
                        {(p) => <input {...p} value={editing.name} onChange={(e) => setEditing({ ...editing, name: e.target.value })} />}
                      </Field>
                      <div className="form-actions">
                        <button type="submit" className="button button-primary">
                          {t('settings.save')}
                        </button>
                        <button type="button" className="button" onClick={() => setEditing(null)}>
                          {t('settings.cancel')}
                        </button>
                      </div>
                    </form>
                  </td>
                </tr>
              ) : (
                <tr key={room.id}>
                  <td>{room.name}</td>
                  <td>{room.active ? t('settings.yes') : t('settings.no')}</td>
                  <td>
                    <div className="button-row">
                      <button
                        type="button"
                        className="button"
                        disabled={offline !== null || i === 0}
                        aria-label={t('settings.rooms.moveLeftLabel', { room: room.name })}
                        onClick={() => void move(room, 'earlier')}
                      >
                        {t('settings.rooms.moveLeft')}
                      </button>
                      <button
                        type="button"
                        className="button"
                        disabled={offline !== null || i === rooms.length - 1}
                        aria-label={t('settings.rooms.moveRightLabel', { room: room.name })}
                        onClick={() => void move(room, 'later')}
                      >
                        {t('settings.rooms.moveRight')}
                      </button>
                      <button
                        type="button"
                        className="button"
                        disabled={offline !== null}
                        aria-label={t('settings.rooms.renameLabel', { room: room.name })}
                        onClick={() => setEditing({ room, name: room.name })}
                      >
                        {t('settings.rooms.rename')}
                      </button>
                      <button
                        type="button"
                        className="button"
                        disabled={offline !== null}
                        aria-label={t(room.active ? 'settings.rooms.takeOutLabel' : 'settings.rooms.useAgainLabel', { room: room.name })}
                        onClick={() => void setActive(room, !room.active)}
                      >
                        {room.active ? t('settings.rooms.takeOut') : t('settings.rooms.useAgain')}
                      </button>
                    </div>
                  </td>
                </tr>
              ),
            )}
          </tbody>
        </table>
      )}
      <form className="form backup-form" onSubmit={add} noValidate aria-label={t('settings.rooms.addTitle')}>
        <h3>{t('settings.rooms.addTitle')}</h3>
        <Field label={t('settings.rooms.addField')} error={addError} hint={t('settings.rooms.addHint')}>
          {(p) => <input {...p} value={name} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <button type="submit" className="button button-primary" disabled={offline !== null}>
          {t('settings.rooms.addButton')}
        </button>
      </form>
    </section>
  );
}

/** Per practitioner or per room: saved on its own, so it never carries other settings' edits. */
function BookColumnsSetting({ hasRooms }: { hasRooms: boolean }) {
  const settings = useApiQuery('settings.get', {});
  const offline = useOfflineRefusal('settings.update');
  const stored = settings.data?.bookColumns;
  const [choice, setChoice] = useState<Columns | null>(null);
  const [error, setError] = useState<string | undefined>();
  const [saved, setSaved] = useState(false);
  const value = choice ?? stored ?? 'practitioner';

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const r = await call('settings.update', { bookColumns: value });
    if (!r.ok) return setError(r.error.fields?.bookColumns ?? r.error.message);
    setError(undefined);
    setChoice(null);
    setSaved(true);
  }

  if (!stored) return null;
  return (
    <form className="form inline-form room-layout" onSubmit={save} noValidate aria-label={t('settings.rooms.columns')}>
      <Field
        label={t('settings.rooms.columns')}
        error={error}
        {...(value === 'room' && !hasRooms ? { hint: t('settings.rooms.columns.noRoomHint') } : {})}
      >
        {(p) => (
          <select
            {...p}
            value={value}
            onChange={(e) => {
              setSaved(false);
              setChoice(e.target.value as Columns);
            }}
          >
            <option value="practitioner">{t('settings.rooms.columns.practitioner')}</option>
            <option value="room">{t('settings.rooms.columns.room')}</option>
          </select>
        )}
      </Field>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={offline !== null || value === stored}>
          {t('settings.rooms.columns.save')}
        </button>
        {saved && (
          <span className="saved-note" role="status">
            {t('settings.saved')}
          </span>
        )}
      </div>
      <OfflineReason reason={offline} />
    </form>
  );
}
