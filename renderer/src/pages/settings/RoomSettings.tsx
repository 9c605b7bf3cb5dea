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
    setMessage(`${r.data.name} was added.`);
  }

  async function rename(event: FormEvent) {
    event.preventDefault();
    if (!editing) return;
    const r = await call('rooms.update', { id: editing.room.id, expectedVersion: editing.room.version, name: editing.name });
    if (!r.ok) return setEditing({ ...editing, error: r.error.fields?.name ?? r.error.message });
    setEditing(null);
    setMessage(`${r.data.name} was saved.`);
  }

  async function setActive(room: RoomRecord, active: boolean) {
    setMessage(null);
    setRowError(null);
    const r = await call('rooms.update', { id: room.id, expectedVersion: room.version, active });
    if (!r.ok) setRowError(r.error.message);
    else setMessage(active ? `${room.name} is in use again.` : `${room.name} is out of use: no longer offered; its bookings keep it.`);
  }

  async function move(room: RoomRecord, direction: 'earlier' | 'later') {
    setMessage(null);
    setRowError(null);
    const r = await call('rooms.move', { id: room.id, expectedVersion: room.version, direction });
    if (!r.ok) setRowError(r.error.fields?.direction ?? r.error.message);
    else setMessage(`${room.name} moved ${direction === 'earlier' ? 'left' : 'right'} in the book.`);
  }

  const rooms = list.data ?? [];
  return (
    <section className="backup-settings" aria-labelledby="room-settings-title">
      <h2 id="room-settings-title">Rooms and the book’s columns</h2>
      <p className="muted">
        The clinic’s treatment rooms or chairs, left to right as the book shows them. A booking may name its room; two bookings cannot have
        one room at the same time. A room is never deleted: take it out of use and its bookings keep it.
      </p>
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
          <caption className="visually-hidden">The clinic’s rooms</caption>
          <thead>
            <tr>
              <th scope="col">Room</th>
              <th scope="col">In use</th>
              <th scope="col">
                <span className="visually-hidden">Change</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rooms.map((room, i) =>
              editing?.room.id === room.id ? (
                <tr key={room.id}>
                  <td colSpan={3}>
                    <form onSubmit={rename} noValidate className="form inline-form" aria-label={`Rename ${room.name}`}>
                      <Field label="Name" error={editing.error}>
                        {(p) => <input {...p} value={editing.name} onChange={(e) => setEditing({ ...editing, name: e.target.value })} />}
                      </Field>
                      <div className="form-actions">
                        <button type="submit" className="button button-primary">
                          Save
                        </button>
                        <button type="button" className="button" onClick={() => setEditing(null)}>
                          Cancel
                        </button>
                      </div>
                    </form>
                  </td>
                </tr>
              ) : (
                <tr key={room.id}>
                  <td>{room.name}</td>
                  <td>{room.active ? 'Yes' : 'No'}</td>
                  <td>
                    <div className="button-row">
                      <button
                        type="button"
                        className="button"
                        disabled={offline !== null || i === 0}
                        aria-label={`Move ${room.name} left`}
                        onClick={() => void move(room, 'earlier')}
                      >
                        Move left
                      </button>
                      <button
                        type="button"
                        className="button"
                        disabled={offline !== null || i === rooms.length - 1}
                        aria-label={`Move ${room.name} right`}
                        onClick={() => void move(room, 'later')}
                      >
                        Move right
                      </button>
                      <button
                        type="button"
                        className="button"
                        disabled={offline !== null}
                        aria-label={`Rename ${room.name}`}
                        onClick={() => setEditing({ room, name: room.name })}
                      >
                        Rename
                      </button>
                      <button
                        type="button"
                        className="button"
                        disabled={offline !== null}
                        aria-label={room.active ? `Take ${room.name} out of use` : `Use ${room.name} again`}
                        onClick={() => void setActive(room, !room.active)}
                      >
                        {room.active ? 'Take out of use' : 'Use again'}
                      </button>
                    </div>
                  </td>
                </tr>
              ),
            )}
          </tbody>
        </table>
      )}
      <form className="form backup-form" onSubmit={add} noValidate aria-label="Add a room">
        <h3>Add a room</h3>
        <Field label="Room or chair name" error={addError} hint="Such as Room 1 or Chair by the window.">
          {(p) => <input {...p} value={name} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <button type="submit" className="button button-primary" disabled={offline !== null}>
          Add the room
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
    <form className="form inline-form room-layout" onSubmit={save} noValidate aria-label="The book’s columns">
      <Field
        label="The book’s columns"
        error={error}
        {...(value === 'room' && !hasRooms ? { hint: 'Add a room below: until then the book has only the “No room yet” column.' } : {})}
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
            <option value="practitioner">One per practitioner</option>
            <option value="room">One per room or chair</option>
          </select>
        )}
      </Field>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={offline !== null || value === stored}>
          Save the layout
        </button>
        {saved && (
          <span className="saved-note" role="status">
            Saved.
          </span>
        )}
      </div>
      <OfflineReason reason={offline} />
    </form>
  );
}
