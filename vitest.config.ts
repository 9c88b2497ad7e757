import { defineConfig } from 'vitest/config'

/**
 * Unit tests live beside the code they test. Integration tests in
 * tests/integration run once per database: always on SQLite, on PostgreSQL
 * when POSTGRES_URL is set and on MongoDB when MONGODB_URL is set (otherwise
 * they are reported as skipped, with the reason).
 *
 * Files of one project share its database, so they run one at a time. The demo
 * seed's test, the longest by far (it seeds the whole demo, pictures included),
 * runs in a project of its own, with a database and a mail folder of its own,
 * beside the other files rather than after them.
 */
type Database = 'sqlite' | 'postgres' | 'mongodb'
const seedTests = ['tests/integration/seed.test.ts']

const integration = (database: Database, lane: 'main' | 'seed' = 'main') => {
  const name = lane === 'main' ? database : `${database}-${lane}`
  return {
    extends: true as const,
    test: {
      name,
      include: lane === 'main' ? ['tests/integration/**/*.test.ts'] : seedTests,
      exclude: lane === 'main' ? seedTests : [],
      env: {
        TEST_DATABASE: database,
        HUB_JOBS: 'off',
        PAYLOAD_SECRET: 'integration-tests-secret-0123456789',
        HUB_MAIL_DIR: `var/test-mail/${name}`,
      },
      globalSetup: ['tests/integration/globalSetup.ts'],
      fileParallelism: false,
      testTimeout: 60_000,
      hookTimeout: 180_000,
    },
  }
}

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
      ...(['sqlite', 'postgres', 'mongodb'] as const).flatMap((database) => [integration(database), integration(database, 'seed')]),
    ],
  },
})
