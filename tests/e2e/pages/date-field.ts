// Typing into the app's date fields and date-and-time fields (React Aria DateField) as a person
// does: focus the first part and type the digits in the order the clinic's locale shows them; each
// part moves on to the next when it is full. typeDate replaces `.fill('YYYY-MM-DD')` on what were
// native date inputs.
import type { Locator, Page } from 'playwright-core';

/** The date (or date-and-time) field with this label (a group of parts, not one input box). */
export function dateField(within: Locator | Page, label: string): Locator {
  return within.getByRole('group', { name: label, exact: true });
}

/** What is typed for each part of 'YYYY-MM-DDTHH:mm', in the part's own terms. */
function partValue(type: string, value: string): string | null {
  const [, y, mo, d, h, mi] = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value) ?? [];
  if (!y) throw new Error(`Not a 'YYYY-MM-DDTHH:mm' value: ${value}`);
  const hour = Number(h);
  switch (type) {
    case 'year':
      return y;
    case 'month':
      return mo!;
    case 'day':
      return d!;
    case 'minute':
      return mi!;
    case 'hour':
      return h!;
    case 'dayPeriod':
      return hour < 12 ? 'a' : 'p';
    default:
      return null;
  }
}

/** Types `value` into the field part by part, in the order the field shows its parts. */
export async function typeDateTime(field: Locator, value: string): Promise<void> {
  const parts = field.locator('[data-type]:not([data-type="literal"])');
  await parts.first().waitFor(); // the field drawn, so every part is listed
  const types = await parts.evaluateAll((els) => els.map((e) => e.getAttribute('data-type') ?? ''));
  const twelveHour = types.includes('dayPeriod');
  await parts.first().focus();
  for (const type of types) {
    let text = partValue(type, value);
    if (text === null) continue;
    if (type === 'hour' && twelveHour) text = String(Number(text) % 12 || 12).padStart(2, '0');
    await field.page().keyboard.type(text);
  }
}

/** The field's parts as shown, joined as a person reads them ("28/11/2026, 10:30"). */
export async function shownDateTime(field: Locator): Promise<string> {
  const text = await field.locator('[data-type]').evaluateAll((els) => els.map((e) => e.textContent ?? '').join(''));
  return text.replace(/[\u2066-\u2069\u200e\u200f]/g, '').replace(/\s/g, ' ');
}

/** Types a 'YYYY-MM-DD' day into a date field, part by part in the order the field shows them. */
export async function typeDate(field: Locator, value: string): Promise<void> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new Error(`Not a 'YYYY-MM-DD' value: ${value}`);
  await typeDateTime(field, `${value}T00:00`);
}

/** Empties a date field: every part back to its placeholder, as Backspace does in each. */
export async function clearDate(field: Locator): Promise<void> {
  const parts = field.locator('[data-type]:not([data-type="literal"])');
  for (let i = (await parts.count()) - 1; i >= 0; i--) {
    await parts.nth(i).focus();
    for (let k = 0; k < 4 && (await parts.nth(i).getAttribute('data-placeholder')) === null; k++) {
      await field.page().keyboard.press('Backspace');
    }
  }
}

/** The day a date field holds as 'YYYY-MM-DD' (read from its parts), or '' when it is empty. */
export async function dateValue(field: Locator): Promise<string> {
  const parts = await field
    .locator('[data-type]:not([data-type="literal"])')
    .evaluateAll((els) => els.map((e) => [e.getAttribute('data-type'), e.getAttribute('aria-valuenow')] as const));
  const of = (type: string) => parts.find(([t]) => t === type)?.[1] ?? null;
  const [y, m, d] = [of('year'), of('month'), of('day')];
  if (!y || !m || !d) return '';
  return `${y.padStart(4, '0')}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}
