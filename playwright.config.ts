import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3100);

/**
 * End-to-end tests drive Debian's Chromium (no browser download) against the production
 * build, served with its own freshly seeded database (see src/cli/e2e-server.ts).
 */
export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://localhost:${port}`,
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: `tsx --conditions=react-server src/cli/e2e-server.ts`,
    url: `http://localhost:${port}/logga-in`,
    env: { PORT: String(port), NEXT_TELEMETRY_DISABLED: '1' },
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: 'pipe',
  },
});
