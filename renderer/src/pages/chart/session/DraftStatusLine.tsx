import { formatTime } from '../../../format';
import type { DraftStatus } from '../useDraft';

/** A quiet line saying the draft is safe, announced politely to screen readers. */
export function DraftStatusLine({ status }: { status: DraftStatus }) {
  let text = '';
  if (status.state === 'saving') text = 'Keeping your draft…';
  if (status.state === 'saved') text = `Draft kept at ${formatTime(new Date(status.at), { seconds: true })}`;
  if (status.state === 'failed') text = `Draft not kept: ${status.message}`;
  return (
    <p className={`draft-status${status.state === 'failed' ? ' field-error' : ' muted'}`} aria-live="polite">
      {text}
    </p>
  );
}
