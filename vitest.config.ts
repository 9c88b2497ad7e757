import { defineConfig } from 'vitest/config'

/**
 * Unit tests live beside the code they test. Integration tests in
 * tests/integration run once per database: always on SQLite, on PostgreSQL
 * when POSTGRES_URL is set and on MongoDB when MONGODB_URL is set (otherwise
 * they are reported as skipped, with the reason).
 */
const integration = (database: 'sqlite' | 'postgres' | 'mongodb') => ({
  extends: true as const,
  test: {
    name: database,
    include: ['tests/integration/**/*.test.ts'],
    env: {
      TEST_DATABASE: database,
      HUB_JOBS: 'off',
      PAYLOAD_SECRET: 'integration-tests-secret-0123456789',
      HUB_MAIL_DIR: `var/test-mail/${database}`,
    },
    globalSetup: ['tests/integration/globalSetup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
})

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [
            '*.test.ts',
            'bench/**/*.test.ts',
            'cms/**/*.test.ts',
            'content/**/*.test.ts',
            'publication/**/*.test.ts',
            'scripts/**/*.test.ts',
            'search/**/*.test.ts',
            'site/**/*.test.ts',
            'tracts/**/*.test.ts',
          ],
        },
      },
      integration('sqlite'),
      integration('postgres'),
      integration('mongodb'),
    ],
  },
})
