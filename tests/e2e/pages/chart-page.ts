// Page object for the client chart and the session form: the names a person sees on screen.
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';

export class ChartPageObject {
  constructor(readonly page: Page) {}

  /** The session form while it is open. */
  get form(): Locator {
    return this.page.getByRole('form', { name: /^(Charting|Correcting) session/ });
  }

  /** Picks a chip (radio or checkbox drawn as a large button) inside a labelled group. */
  async chip(groupName: string | RegExp, label: string, within: Locator | Page = this.page): Promise<void> {
    await within
      .getByRole('group', { name: groupName, exact: typeof groupName === 'string' })
      .getByText(label, { exact: true })
      .click();
  }

  /** The error message shown beside the control with this label. */
  errorBeside(label: string, within: Locator | Page = this.page): Locator {
    return within.locator('.field', { has: this.page.getByLabel(label, { exact: true }) }).locator('.field-error');
  }

  /** The error message of a chip group (zones, retention per zone, shade reason). */
  groupError(groupName: string | RegExp, within: Locator | Page = this.page): Locator {
    return within
      .getByRole('group', { name: groupName, exact: typeof groupName === 'string' })
      .locator('.field-error')
      .first();
  }

  async startSession(n: number): Promise<void> {
    await this.page.getByRole('button', { name: `Chart session ${n}`, exact: true }).click();
    await this.form.waitFor({ state: 'visible' });
  }

  timelineEntry(n: number): Locator {
    return this.page.getByRole('list', { name: 'Sessions, newest first' }).locator(`li[data-session-number="${n}"]`);
  }

  /** Serious or critical accessibility violations on the page as it is now. */
  async seriousViolations(): Promise<string[]> {
    const result = await new AxeBuilder({ page: this.page }).analyze();
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }
}
