import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const here = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

/**
 * Two projects (`vitest run --project unit` / `--project integration`; `vitest run` runs both):
 * - unit: pure rules beside their code in src/ and the static checks in tests/static; no database, seconds.
 * - integration: tests/integration against a real PostgreSQL; the global setup boots it once per run
 *   (tests/support/global-setup.ts, ADR 003) and only for this project.
 */
export default defineConfig({
  resolve: {
    alias: {
      '@': here('./src'),
      // The real module throws outside a React Server Components build.
      'server-only': here('./tests/support/empty.ts'),
    },
  },
  test: {
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // No database and no process-wide state: threads sharing one module graph start in a fraction of forks' time.
          pool: 'threads',
          isolate: false,
          restoreMocks: true, // a spy on console in one file must not silence the next file in the same thread
          include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'tests/static/**/*.test.ts'],
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          // One PostgreSQL and one migrated template database for the whole run; see tests/support/global-setup.ts.
          globalSetup: ['tests/support/global-setup.ts'],
          testTimeout: 20_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
