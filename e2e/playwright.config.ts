import { defineConfig } from '@playwright/test';

/** E2E_PORT lets two checkouts run the suite side by side. */
const PORT = Number(process.env['E2E_PORT'] ?? 3100);

/**
 * Drives the built dashboard, served by the built API on the demo data, in Debian's Chromium.
 * `npm run e2e` builds both first. Screenshots and reports go to e2e/output (ignored).
 */
export default defineConfig({
  testDir: './dashboard',
  outputDir: './output/results',
  fullyParallel: false,
  workers: 1,
  retries: process.env['CI'] ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['html', { outputFolder: './output/report', open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1280, height: 900 },
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    acceptDownloads: true,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  webServer: {
    // Fresh embedded database with the demo data each run, then the API serving the dashboard.
    command: 'rm -rf tmp/e2e-data && node dist/api/tools/import/src/demo-cli.js && node dist/api/apps/api/src/main.js',
    cwd: '..',
    url: `http://127.0.0.1:${PORT}/`,
    timeout: 180_000,
    reuseExistingServer: false,
    // DEMO_PASSWORD is the password of the demo users created with the demo data (support.ts signs in with it).
    // Single sign-on is configured so the sign-in page offers it; the issuer is a closed local port, never contacted by the tests.
    env: {
      PORT: String(PORT),
      DATA_DIR: 'tmp/e2e-data',
      NODE_ENV: 'production',
      DATABASE_URL: '',
      DEMO_PASSWORD: 'correct-horse-e2e-2026',
      OIDC_ISSUER: 'http://127.0.0.1:9/',
      OIDC_CLIENT_ID: 'e2e-dashboard',
      OIDC_CLIENT_SECRET: 'e2e-not-a-secret',
      // Reminders are queued every few seconds, so an agency lead has some to read (no SMTP: they stay in the product).
      REMINDERS_EVERY_SECONDS: '5',
    },
  },
});
