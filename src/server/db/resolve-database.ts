/**
 * Which database the app and the CLI scripts use: DATABASE_URL when set, otherwise the embedded
 * development server (.data/postgres, port 54329, user and password `samplan`, database `samplan`).
 */
import { createDatabaseIfMissing } from './admin';
import { DEV_POSTGRES, startEmbeddedPostgres } from './embedded-postgres';

export interface ResolvedDatabase {
  url: string;
  /** Stops the embedded server if this process started it; a no-op for DATABASE_URL. */
  stop(): Promise<void>;
}

export const DEV_DATABASE_NAME = 'samplan';

export async function resolveDatabase(): Promise<ResolvedDatabase> {
  const configured = process.env.DATABASE_URL;
  if (configured) return { url: configured, stop: async () => {} };

  const server = await startEmbeddedPostgres(DEV_POSTGRES);
  try {
    await createDatabaseIfMissing(server.url(), DEV_DATABASE_NAME);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { url: server.url(DEV_DATABASE_NAME), stop: () => server.stop() };
}
