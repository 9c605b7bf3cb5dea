// The in-page half of the browser bench, injected before the app loads. It waits for given text to
// appear in the page and, on the next animation frame (the frame that shows it), records a
// performance.measure from a start time: navigation start for the first render, the keydown
// event's timestamp for a keystroke. Plain browser code: it is serialised into the page.

export interface Probe {
  /** Resolves with the measure's duration once one of `texts` is on screen. */
  waitFor(label: string, texts: string[], start: number | 'keydown'): Promise<number>;
}

/** `firstRender`: texts that mean the list is on screen; measured from navigation start. */
export function installProbe(firstRender: string[] = []): void {
  type Waiter = { label: string; texts: string[]; start: number | null; resolve: (ms: number) => void };
  let waiter: Waiter | null = null;
  const check = () => {
    const w = waiter;
    if (!w || w.start === null) return;
    const text = document.body?.textContent ?? '';
    if (!w.texts.some((t) => text.includes(t))) return;
    waiter = null;
    requestAnimationFrame(() => {
      const m = performance.measure(w.label, { start: w.start!, end: performance.now() });
      w.resolve(m.duration);
    });
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true });
  document.addEventListener(
    'keydown',
    (e) => {
      if (waiter && waiter.start === null) waiter.start = e.timeStamp;
    },
    true,
  );
  const probe: Probe = {
    waitFor(label, texts, start) {
      return new Promise((resolve) => {
        waiter = { label, texts, start: start === 'keydown' ? null : start, resolve };
        check();
      });
    },
  };
  const w = window as unknown as { __stippleProbe: Probe; __stippleFirstRender?: Promise<number> };
  w.__stippleProbe = probe;
  if (firstRender.length) w.__stippleFirstRender = probe.waitFor('list-render', firstRender, 0);
}
