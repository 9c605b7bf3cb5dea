// The in-page half of the browser bench, injected before the app loads. It waits for given text (or
// a number of elements matching a selector) to appear in the page and, on the next animation frame
// (the frame that shows it), records a performance.measure from a start time: navigation start for
// a first render, the keydown event's timestamp for a keystroke. Several waits can run at once (the
// report's table and its chart in one load). Plain browser code: it is serialised into the page.

export interface Probe {
  /** Resolves with the measure's duration once one of `texts` is on screen. */
  waitFor(label: string, texts: string[], start: number | 'keydown'): Promise<number>;
  /** Resolves with the measure's duration once `count` elements match `selector`; 'event': from the next keydown or change. */
  waitForElements(label: string, selector: string, count: number, start: number | 'event'): Promise<number>;
}

/** `firstRender`: texts that mean the list is on screen; measured from navigation start. */
export function installProbe(firstRender: string[] = []): void {
  type Waiter = { label: string; seen: () => boolean; start: number | null; resolve: (ms: number) => void };
  let waiters: Waiter[] = [];
  const check = () => {
    for (const w of waiters) {
      if (w.start === null || !w.seen()) continue;
      waiters = waiters.filter((x) => x !== w);
      requestAnimationFrame(() => {
        const m = performance.measure(w.label, { start: w.start!, end: performance.now() });
        w.resolve(m.duration);
      });
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true });
  // A wait with no start yet starts at the next keydown, or the next change (a choice in a select).
  for (const type of ['keydown', 'change']) {
    document.addEventListener(
      type,
      (e) => {
        for (const w of waiters) if (w.start === null) w.start = e.timeStamp;
      },
      true,
    );
  }
  const add = (label: string, seen: () => boolean, start: number | null) =>
    new Promise<number>((resolve) => {
      waiters.push({ label, seen, start, resolve });
      check();
    });
  const probe: Probe = {
    waitFor(label, texts, start) {
      const seen = () => {
        const text = document.body?.textContent ?? '';
        return texts.some((t) => text.includes(t));
      };
      return add(label, seen, start === 'keydown' ? null : start);
    },
    waitForElements(label, selector, count, start) {
      return add(label, () => document.querySelectorAll(selector).length >= count, start === 'event' ? null : start);
    },
  };
  const w = window as unknown as { __stippleProbe: Probe; __stippleFirstRender?: Promise<number> };
  w.__stippleProbe = probe;
  if (firstRender.length) w.__stippleFirstRender = probe.waitFor('list-render', firstRender, 0);
}

/** The payments-per-month table's rows and the chart's bars beside it, on the Reports page. */
export const REPORT_SELECTORS = {
  rows: 'section[aria-labelledby="rep-payments-month"] tbody tr',
  bars: 'section[aria-labelledby="rep-payments-month"] .recharts-bar-rectangle path',
};

/**
 * The year report's two measures, registered before the app loads when the page opens on the
 * report: the table of payments per month complete, and the chart beside it with its bars drawn.
 */
export function installReportProbe(expect: { rows: number; bars: number; selectors: typeof REPORT_SELECTORS }): void {
  if (!location.hash.startsWith('#/reports')) return;
  const w = window as unknown as { __stippleProbe: Probe; __stippleReport?: Promise<[number, number]> };
  w.__stippleReport = Promise.all([
    w.__stippleProbe.waitForElements('report-table', expect.selectors.rows, expect.rows, 0),
    w.__stippleProbe.waitForElements('report-chart', expect.selectors.bars, expect.bars, 0),
  ]);
}
