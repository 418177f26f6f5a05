import { defineConfig, devices } from '@playwright/test';

const PORT = 3199;
const SMTP_PORT = 2599;
const INBOUND_SMTP_PORT = 2526;

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // Full-page screenshots and accessibility scans of long pages take their time on 2 cores.
  timeout: 60_000,
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      // The machine has no outside network; background services would only fail noisily.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: [
    {
      // A real SMTP server on loopback: replies and reminders the app emails land here.
      command: `node bin/run-ts.js e2e/smtp-sink.ts`,
      env: { SMTP_SINK_PORT: String(SMTP_PORT) },
      port: SMTP_PORT,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      // A fresh, empty database each run, so the suite starts at first-run setup.
      command: `rm -rf .e2e-data && node bin/turnaround.js serve`,
      env: {
        DATA_DIR: '.e2e-data',
        PORT: String(PORT),
        LOG_LEVEL: 'warn',
        LOGIN_RATE_LIMIT: '100',
        SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
        MAIL_FROM: 'Bramble Bistro <desk@bramble.test>',
        // Mail in: the suite writes to the organisation's address on this port.
        INBOUND_SMTP_PORT: String(INBOUND_SMTP_PORT),
        INBOUND_DOMAIN: 'desk.bramble.test',
      },
      url: `http://127.0.0.1:${PORT}/readyz`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
