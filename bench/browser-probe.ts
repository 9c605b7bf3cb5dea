// The in-page half of the browser bench, injected before the app loads. It waits for given text (or
// a number of elements matching a selector) to appear in the page and, on the next animation frame
// (the frame that shows it), records a performance.measure from a start time: navigation start for
// a first render, the keydown event's timestamp for a keystroke. Several waits can run at once (the
// report's table and its chart in one load). Plain browser code: it is serialised into the page.

export interface Probe {
  /** Resolves with the measure's duration once one of `texts` is on screen. */
  waitFor(label: string, texts: string[], start: number | 'keydown'): Promise<number>;
  /** Resolves with the measure's duration once `count` elements match `selector`. */
  waitForElements(label: string, selector: string, count: number, start: number): Promise<number>;
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
  document.addEventListener(
    'keydown',
    (e) => {
      for (const w of waiters) if (w.start === null) w.start = e.timeStamp;
    },
    true,
  );
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
      return add(label, () => document.querySelectorAll(selector).length >= count, start);
    },
  };
  const w = window as unknown as { __stippleProbe: Probe; __stippleFirstRender?: Promise<number> };
  w.__stippleProbe = probe;
  if (firstRender.length) w.__stippleFirstRender = probe.waitFor('list-render', firstRender, 0);
}

/**
 * The year report's two measures, registered before the app loads when the page opens on the
 * report: the table of payments per month complete, and the chart beside it with its bars drawn.
 */
export function installReportProbe(expect: { rows: number; bars: number }): void {
  if (!location.hash.startsWith('#/reports')) return;
  const w = window as unknown as { __stippleProbe: Probe; __stippleReport?: Promise<[number, number]> };
  const section = 'section[aria-labelledby="rep-payments-month"]';
  w.__stippleReport = Promise.all([
    w.__stippleProbe.waitForElements('report-table', `${section} tbody tr`, expect.rows, 0),
    w.__stippleProbe.waitForElements('report-chart', `${section} .recharts-bar-rectangle path`, expect.bars, 0),
  ]);
}
