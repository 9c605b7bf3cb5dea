// Where focus goes when a screen changes under the person (signing in, a chart opening, a form
// opening or saving), so a keyboard or screen-reader user carries on from there, not from the top.

const FOCUSABLE =
  'input:not([type="hidden"]):not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled]), [href], [tabindex="0"]';

/** Focuses an element, making it focusable by script first when it is not (a heading, a message). */
export function focusElement(el: HTMLElement | null | undefined): boolean {
  if (!el) return false;
  if (el.tabIndex < 0 && !el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
  el.focus();
  return document.activeElement === el;
}

/** The first control a person fills in inside a form or panel. */
export function firstControl(root: ParentNode | null | undefined): HTMLElement | null {
  if (!root) return null;
  for (const el of root.querySelectorAll<HTMLElement>(FOCUSABLE)) {
    if (el.closest('[inert], [hidden]')) continue;
    // Chip inputs are 1px and see-through, but they are the real controls: keep them.
    if (el.getClientRects().length > 0) return el;
  }
  return null;
}

/**
 * The page's own starting point: what it marks with data-autofocus (the client search), else its
 * main heading. Tries for a second while the page is still loading its data.
 */
export function focusPageStart(): void {
  const started = Date.now();
  const attempt = () => {
    const main = document.getElementById('main');
    const target = main?.querySelector<HTMLElement>('[data-autofocus]') ?? main?.querySelector<HTMLElement>('h1');
    if (target && main?.closest('[inert]') === null) {
      focusElement(target);
      return;
    }
    if (Date.now() - started < 1500) setTimeout(attempt, 50);
  };
  requestAnimationFrame(attempt);
}

/** Moves focus to the page's main content, as the skip link does. */
export function skipToContent(): void {
  const main = document.getElementById('main');
  focusElement(main?.querySelector<HTMLElement>('h1') ?? main);
}

/**
 * Focuses the first control inside `root` once it is there (a form that loads its data first);
 * gives up after a second and a half. Returns a cancel for an effect's cleanup.
 */
export function focusFirstControlSoon(root: () => HTMLElement | null): () => void {
  const started = Date.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const attempt = () => {
    const el = firstControl(root());
    if (el) return void el.focus();
    if (Date.now() - started < 1500) timer = setTimeout(attempt, 50);
  };
  attempt();
  return () => clearTimeout(timer);
}
