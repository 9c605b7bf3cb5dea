// A long task's progress bar (backup, restore, export): what is being done, and how far along.
// Before the first progress event, or for a step that cannot be counted, the bar is indeterminate
// and says what was started. The step's name is announced politely; the counts are in the bar's
// value text, read out when a person moves to it, so a screen reader is not flooded.
import type { Channel } from '../../../api/contract';
import { useTaskProgress } from '../api/task-progress';
import { formatCount } from '../format';
import { t } from '../i18n';
import './task-progress.css';

export function TaskProgress({ task, label }: { task: Channel; label: string }) {
  const progress = useTaskProgress(task);
  const step = progress?.step ?? label;
  const counted = progress !== null && progress.total > 1;
  const count = counted ? t('common.progress.count', { done: formatCount(progress.done), total: formatCount(progress.total) }) : '';
  const valueText = counted ? t('common.progress.valueText', { step, count }) : step;
  return (
    <div className="task-progress">
      <progress aria-label={label} aria-valuetext={valueText} {...(counted ? { max: progress.total, value: progress.done } : {})} />
      <p className="task-progress-step" aria-live="polite">
        {step}
        {counted && <span className="muted"> — {count}</span>}
      </p>
    </div>
  );
}
