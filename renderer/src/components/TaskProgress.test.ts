// The progress bar's markup for each state, rendered to HTML (no browser needed).
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { TaskStep } from '../api/task-progress';

let current: TaskStep | null = null;
vi.mock('../api/task-progress', () => ({ useTaskProgress: () => current }));
vi.mock('./task-progress.css', () => ({}));
const { TaskProgress } = await import('./TaskProgress');

const html = () => renderToStaticMarkup(createElement(TaskProgress, { task: 'safety.export', label: 'Exporting' }));

describe('the task progress bar', () => {
  beforeEach(() => {
    current = null;
  });

  it('is indeterminate, saying what was started, until progress arrives', () => {
    const out = html();
    expect(out).toMatch(/<progress aria-label="Exporting" aria-valuetext="Exporting"><\/progress>/);
    expect(out).toMatch(/aria-live="polite">Exporting</);
  });

  it('shows the step and how far along it is, in the bar and in words', () => {
    current = { step: 'Writing charts', done: 4200, total: 10000 };
    const out = html();
    expect(out).toContain('aria-valuetext="Writing charts: 4,200 of 10,000"');
    expect(out).toMatch(/max="10000"/);
    expect(out).toMatch(/value="4200"/);
    expect(out).toMatch(/Writing charts<span class="muted"> — 4,200 of 10,000<\/span>/);
  });

  it('leaves a step of one unit uncounted', () => {
    current = { step: 'Moving the export into place', done: 0, total: 1 };
    expect(html()).toMatch(/<progress aria-label="Exporting" aria-valuetext="Moving the export into place"><\/progress>/);
  });
});
