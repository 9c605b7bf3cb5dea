// Typing into the app's date-and-time fields (React Aria DateField) as a person does: focus the
// first part and type the digits in the order the clinic's locale shows them; each part moves on
// to the next when it is full.
import type { Locator, Page } from 'playwright-core';

/** The date-and-time field with this label (a group of parts, not one input box). */
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
