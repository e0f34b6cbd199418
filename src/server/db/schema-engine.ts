/**
 * Prisma's schema engine compiled to WebAssembly, driven over a node-postgres adapter.
 * The Prisma CLI's migrate commands need a native engine binary that cannot be downloaded here;
 * see docs/decisions/002-offline-migrations.md.
 */
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import * as bindings from '@prisma/schema-engine-wasm/schema_engine_bg';
import type { SchemaEngine, SchemaFilter } from '@prisma/schema-engine-wasm/schema_engine_bg';
import { fixAdapter } from './adapter-fixes';
import { createDatabaseIfMissing, databaseUrl, dropDatabase } from './admin';

export type { SchemaEngine };

/** Paths are relative to the project root, the working directory of npm scripts and Vitest. */
export const SCHEMA_PATH = path.resolve('prisma/schema.prisma');
export const NO_FILTERS: SchemaFilter = { externalTables: [], externalEnums: [] };

export async function readSchemaFiles(): Promise<{ path: string; content: string }[]> {
  return [{ path: SCHEMA_PATH, content: await readFile(SCHEMA_PATH, 'utf8') }];
}

let loaded: Promise<void> | undefined;

/** The package's entry imports the .wasm file as a module, which Node cannot; instantiate it by hand. */
function loadWasm(): Promise<void> {
  loaded ??= (async () => {
    // The engine reports the reason of a Rust panic here before throwing "unreachable".
    const registry = { set_message: (message: string) => console.error(`Schema engine panic: ${message}`) };
    Object.assign(globalThis, { PRISMA_WASM_PANIC_REGISTRY: registry });
    // Resolved from the project root (the cwd): tsx runs this file as CommonJS, Vitest as ESM.
    const require = createRequire(path.resolve('package.json'));
    const glue = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const bytes = await readFile(path.join(path.dirname(glue), 'schema_engine_bg.wasm'));
    const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': withUnrefTimers(bindings) });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
  })();
  return loaded;
}

/**
 * The engine's only timer is the 10 s timeout it races against its own advisory lock query; left
 * pending, it kept the process (and Vitest's global setup) alive for 10 s after every migration.
 * A query in flight keeps the process alive anyway, so the timer need not.
 */
function withUnrefTimers(glue: typeof bindings): WebAssembly.ModuleImports {
  const imports = { ...glue } as WebAssembly.ModuleImports;
  for (const name of Object.keys(imports).filter((key) => key.startsWith('__wbg_setTimeout_'))) {
    imports[name] = (callback: () => void, ms: number) => setTimeout(callback, ms >>> 0).unref();
  }
  return imports;
}

/** Runs `work` with an engine connected to `url`, then frees the engine and closes its connections. */
export async function withSchemaEngine<T>(url: string, work: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  await loadWasm();
  const adapters: SqlDriverAdapter[] = [];
  const factory = bindMigrationAwareSqlAdapterFactory(trackingFactory(url, adapters));
  const datamodels = (await readSchemaFiles()).map((file): [string, string] => [file.path, file.content]);
  const log = (message: string) => {
    if (process.env.SCHEMA_ENGINE_DEBUG) console.error(message);
  };
  const engine = await bindings.SchemaEngine.new({ datamodels }, log, factory);
  try {
    return await work(engine);
  } finally {
    engine.free();
    await Promise.all(adapters.map((adapter) => adapter.dispose()));
  }
}

/**
 * PrismaPg's own shadow database connects with `{ connectionString, database }`, and node-postgres lets
 * the connection string win, so it would "shadow" into the main database. Create and drop it here instead.
 */
function trackingFactory(url: string, adapters: SqlDriverAdapter[]): SqlMigrationAwareDriverAdapterFactory {
  const main = new PrismaPg({ connectionString: url });
  // The engine disposes the shadow database's adapter itself but not the main one: dispose each once.
  const track = (adapter: SqlDriverAdapter, afterDispose = async () => {}) => {
    const dispose = adapter.dispose.bind(adapter);
    let disposed: Promise<void> | undefined;
    adapter.dispose = () => (disposed ??= dispose().then(afterDispose));
    adapters.push(adapter);
    return fixAdapter(adapter);
  };
  return {
    provider: main.provider,
    adapterName: main.adapterName,
    connect: async () => track(await main.connect()),
    async connectToShadowDb() {
      const name = `samplan_shadow_${randomUUID().replaceAll('-', '')}`;
      await createDatabaseIfMissing(url, name);
      const adapter = await new PrismaPg({ connectionString: databaseUrl(url, name) }).connect();
      return track(adapter, () => dropDatabase(url, name));
    },
  };
}
