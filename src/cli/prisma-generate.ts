/**
 * Runs `prisma generate` offline. Prisma 7 checks that the native schema engine
 * exists before generating (and would download it); generation never runs it,
 * so any existing file satisfies the check. See docs/decisions/002-offline-migrations.md.
 */
import { spawnSync } from 'node:child_process';

const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
};
const result = spawnSync('npx', ['--no-install', 'prisma', 'generate'], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
