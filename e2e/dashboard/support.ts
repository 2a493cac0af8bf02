import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The demo data's children's partnership and the last full financial year of the demo. */
export const DEMO_YEAR = '2025/26';

/** WCAG 2.2 AA: axe must find nothing on the page as it stands. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary).toEqual([]);
}

/** Full-page screenshot into the ignored output folder. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `output/screenshots/${name}.png`, fullPage: true });
}

/** Waits until no "Loading…" status is on the page. */
export async function settled(page: Page): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: 'Loading' })).toHaveCount(0);
}
