// Helpers for keyboard and layout assertions: what has focus, how its ring contrasts with what is
// behind it (computed colours), and where things are on screen (bounding boxes).
import type { Locator, Page } from 'playwright-core';
import { E2E_OWNER } from '../harness';

export interface ActiveInfo {
  tag: string;
  role: string | null;
  /** aria-label, else the text (an approximation of the accessible name, enough for these screens). */
  name: string;
  /** For a form control: its label's text. */
  label: string | null;
  checked: string | null;
  inDialog: boolean;
  inForm: boolean;
  inBooking: boolean;
}

export function ownerName(): string {
  return E2E_OWNER.name;
}

export async function activeInfo(page: Page): Promise<ActiveInfo> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) {
      return { tag: 'BODY', role: null, name: '', label: null, checked: null, inDialog: false, inForm: false, inBooking: false };
    }
    const labelFor = el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`) : null;
    const wrapping = el.closest('label');
    const label = (labelFor ?? wrapping)?.textContent?.trim() ?? null;
    return {
      tag: el.tagName,
      role: el.getAttribute('role') ?? (el instanceof HTMLInputElement && el.type === 'radio' ? 'radio' : null),
      name: (el.getAttribute('aria-label') ?? el.innerText ?? '').replace(/\s+/g, ' ').trim(),
      label,
      checked: el.getAttribute('aria-checked') ?? (el instanceof HTMLInputElement ? String(el.checked) : null),
      inDialog: el.closest('[role="dialog"]') !== null,
      inForm: el.closest('form.session-form') !== null,
      inBooking: el.closest('form[aria-label^="Book "]') !== null,
    };
  });
}

/** Presses `key` until the focused element matches, failing after `max` presses. */
export async function pressUntilFocused(page: Page, key: string, match: (a: ActiveInfo) => boolean, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    if (match(await activeInfo(page))) return;
  }
  throw new Error(`pressed ${key} ${max} times without reaching the control`);
}

export async function rect(locator: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
  await locator.waitFor({ state: 'visible' });
  const box = await locator.boundingBox();
  if (!box) throw new Error('no bounding box: the element is not on the page');
  return box;
}

/**
 * The focused control's ring: its outline's width and its contrast against the colour behind it
 * (the nearest opaque background of the element's parents). A chip's ring is drawn on the span after
 * its see-through input. Null when nothing is focused.
 */
export async function focusRingContrast(page: Page): Promise<{ what: string; width: number; contrast: number } | null> {
  return page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    if (!active || active === document.body || active === document.documentElement) return null;
    const hidden = active instanceof HTMLInputElement && getComputedStyle(active).opacity === '0';
    // A date field's part shows focus by its fill; the ring is on the field's whole box (date-field.css).
    const dateBox = active.getAttribute('role') === 'spinbutton' ? active.closest<HTMLElement>('.date-input') : null;
    const ringEl = (dateBox ?? (hidden ? active.nextElementSibling : active)) as HTMLElement | null;
    if (!ringEl) return null;
    const style = getComputedStyle(ringEl);
    const parse = (c: string): [number, number, number, number] => {
      const m = /rgba?\(([^)]+)\)/.exec(c);
      if (!m) return [0, 0, 0, 0];
      const parts = m[1]!
        .split(/[\s,/]+/)
        .filter(Boolean)
        .map(Number);
      return [parts[0]!, parts[1]!, parts[2]!, parts[3] ?? 1];
    };
    const lum = ([r, g, b]: number[]) => {
      const ch = (v: number) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * ch(r!) + 0.7152 * ch(g!) + 0.0722 * ch(b!);
    };
    let bg: [number, number, number, number] = [255, 255, 255, 1];
    for (let p = ringEl.parentElement; p; p = p.parentElement) {
      const c = parse(getComputedStyle(p).backgroundColor);
      if (c[3] > 0.5) {
        bg = c;
        break;
      }
    }
    const ring = parse(style.outlineColor);
    const width = style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth);
    const [l1, l2] = [lum(ring), lum(bg)].sort((a, b) => b - a) as [number, number];
    const name = (active.getAttribute('aria-label') || active.innerText || active.id || '').replace(/\s+/g, ' ').trim().slice(0, 40);
    return { what: `${active.tagName} ${name}`, width, contrast: (l1 + 0.05) / (l2 + 0.05) };
  });
}
