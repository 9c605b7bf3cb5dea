import type { DraftStatus } from '../useDraft';

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });

/** A quiet line saying the draft is safe, announced politely to screen readers. */
export function DraftStatusLine({ status }: { status: DraftStatus }) {
  let text = '';
  if (status.state === 'saving') text = 'Keeping your draft…';
  if (status.state === 'saved') text = `Draft kept at ${timeFormat.format(new Date(status.at))}`;
  if (status.state === 'failed') text = `Draft not kept: ${status.message}`;
  return (
    <p className={`draft-status${status.state === 'failed' ? ' field-error' : ' muted'}`} aria-live="polite">
      {text}
    </p>
  );
}
