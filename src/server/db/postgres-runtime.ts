/**
 * Where the embedded server runs from when it cannot run from the project (ADR 028).
 *
 * PostgreSQL refuses to run as root, so as root it runs as the OS user `postgres`, which must be
 * able to enter every folder on the way to its binaries (in node_modules) and its data directory.
 * A clone in a private folder (root's home, `mktemp -d`: mode 0700) is closed to it. Then the
 * binaries are copied once per version, and the data directory is kept, under SAMPLAN_PG_RUNTIME
 * (default /var/lib/samplan), with a symbolic link at the project's data path pointing there.
 */
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readlinkSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import { rm } from 'node:fs/promises';
import { userInfo } from 'node:os';
import path from 'node:path';

export function isRoot(): boolean {
  return userInfo().uid === 0;
}

/** True when a user other than the owner may enter `dir` and every folder above it. */
export function othersCanTraverse(dir: string): boolean {
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    if (existsSync(current) && (statSync(current).mode & 0o001) === 0) return false;
    if (current === path.dirname(current)) return true;
  }
}

export function runtimeRoot(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.SAMPLAN_PG_RUNTIME ?? '/var/lib/samplan');
}

/** Whether the server for `dataDir` must run from the runtime root rather than from the project. */
export function mustRelocate(dataDir: string, nativeDir: string): boolean {
  return isRoot() && !(othersCanTraverse(path.dirname(path.resolve(dataDir))) && othersCanTraverse(nativeDir));
}

/** The data directory under the runtime root for a project path: one per project path, stable across runs. */
export function relocatedDataDir(dataDir: string, env: NodeJS.ProcessEnv = process.env): string {
  const absolute = path.resolve(dataDir);
  const id = createHash('sha256').update(absolute).digest('hex').slice(0, 12);
  return path.join(runtimeRoot(env), 'data', `${path.basename(absolute)}-${id}`);
}

function ensureOpenDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o755 });
}

/**
 * Copies the PostgreSQL binaries (the platform package's `native` folder) to the runtime root,
 * once per package version; returns the copy's folder. Copied to a temporary name first, so a
 * copy cut short is never used.
 */
export function reachableBinaries(nativeDir: string, version: string, env: NodeJS.ProcessEnv = process.env): string {
  const target = path.join(runtimeRoot(env), `postgresql-${version}`);
  if (existsSync(path.join(target, 'bin', 'postgres'))) return target;
  ensureOpenDir(runtimeRoot(env));
  const partial = `${target}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  cpSync(nativeDir, partial, { recursive: true, verbatimSymlinks: true });
  rmSync(target, { recursive: true, force: true });
  renameSync(partial, target);
  return target;
}

/**
 * Points the project's data path at the relocated directory with a symbolic link, so that
 * `.data/postgres` still shows where the data is; the data folder itself is made by initdb's caller.
 */
export function linkProjectDataDir(dataDir: string, relocated: string): void {
  ensureOpenDir(path.dirname(relocated));
  const absolute = path.resolve(dataDir);
  mkdirSync(path.dirname(absolute), { recursive: true });
  const existing = lstatSync(absolute, { throwIfNoEntry: false });
  if (existing?.isSymbolicLink() && readlinkSync(absolute) === relocated) return;
  if (existing) rmSync(absolute, { recursive: true, force: true });
  symlinkSync(relocated, absolute);
}

/** Removes a data directory, and the relocated one its path links to (tests wipe their clusters). */
export async function removeDataDir(dataDir: string): Promise<void> {
  const absolute = path.resolve(dataDir);
  const existing = lstatSync(absolute, { throwIfNoEntry: false });
  if (existing?.isSymbolicLink()) await rm(readlinkSync(absolute), { recursive: true, force: true });
  await rm(absolute, { recursive: true, force: true });
}
