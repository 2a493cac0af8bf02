import { DEMO_YEAR, expect, settled, test } from './support';

const PAGES = ['/', '/reviews', '/actions', '/audits', '/training', '/themes', '/oba', `/annual-report?year=${DEMO_YEAR}`];

test('every page loads under the Content-Security-Policy with no violation, and the API sends its security headers', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to (load|apply|execute|connect)/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`Refused to load ${e.blockedURI} (${e.violatedDirective})`));
  });

  const first = await page.goto(PAGES[0] as string);
  const headers = first?.headers() ?? {};
  expect(headers['content-security-policy']).toContain("script-src 'self'");
  expect(headers['x-powered-by']).toBeUndefined();

  for (const path of PAGES) {
    await page.goto(path);
    await settled(page);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  expect(violations).toEqual([]);
});
