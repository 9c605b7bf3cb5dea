import { formatTime } from '../../../format';
import { t } from '../../../i18n';
import type { DraftStatus } from '../useDraft';

/** A quiet line saying the draft is safe, announced politely to screen readers. */
export function DraftStatusLine({ status }: { status: DraftStatus }) {
  let text = '';
  if (status.state === 'saving') text = t('session.draft.saving');
  if (status.state === 'saved') text = t('session.draft.saved', { time: formatTime(new Date(status.at), { seconds: true }) });
  if (status.state === 'failed') text = t('session.draft.failed', { message: status.message });
  return (
    <p className={`draft-status${status.state === 'failed' ? ' field-error' : ' muted'}`} aria-live="polite">
      {text}
    </p>
  );
}
