import { defineConfig } from '@playwright/test'

const port = 3100
const baseURL = `http://localhost:${port}`
const sitePort = 4400
export const siteURL = `http://localhost:${sitePort}`
const smtpPort = 2525
/** The checkout stand-in's own port: a developer's `npm start` (4343) may run beside the tests. */
const checkoutStandInPort = 4443
export const checkoutStandInURL = `http://127.0.0.1:${checkoutStandInPort}`
/** Where tests/e2e/smtpCatcher.ts writes each email the CMS sends, one .eml file each. */
export const mailboxDir = 'var/e2e/smtp'

/**
 * End-to-end tests in the system's Chromium against the product as
 * `npm start` runs it, on a database of their own (seeded with the demo).
 */
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    baseURL,
    // An English-speaking browser: the admin must still open in French.
    locale: 'en-US',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  // In this order: the hub's command empties var/e2e before the mail catcher creates its mailbox there.
  webServer: [
    {
      command: 'rm -rf var/e2e && tsx scripts/start.ts',
      url: `${baseURL}/api/themes?limit=1`,
      // A first start seeds, builds the site and the admin: over 5 minutes on a busy 2-core machine.
      timeout: 900_000,
      reuseExistingServer: false,
      stdout: 'pipe',
      env: {
        DATABASE_URL: 'file:var/e2e/cms.db',
        UPLOADS_DIR: 'var/e2e/uploads',
        PORT: String(port),
        SERVER_URL: baseURL,
        PAYLOAD_SECRET: 'end-to-end-tests-secret-0123456789',
        SITE_PORT: String(sitePort),
        SITE_URL: siteURL,
        HUB_SITE_DIR: 'var/e2e/site',
        SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
        CHECKOUT_STANDIN_PORT: String(checkoutStandInPort),
      },
    },
    {
      command: 'tsx tests/e2e/smtpCatcher.ts',
      port: smtpPort,
      reuseExistingServer: false,
      stdout: 'pipe',
      env: { SMTP_CATCHER_PORT: String(smtpPort), SMTP_CATCHER_DIR: mailboxDir },
    },
  ],
})
