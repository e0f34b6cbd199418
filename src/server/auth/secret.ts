// No 'server-only' here: the CLI launcher calls this before Next starts.
import { randomBytes } from 'node:crypto';
import { chmodSync, linkSync, mkdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const FILE_NAME = 'auth-secret';
const MIN_LENGTH = 32;

let cached: string | undefined;

/**
 * The secret that signs and encrypts session tokens: NEXTAUTH_SECRET when set, otherwise one
 * generated once and kept in `.data/auth-secret` (mode 0600), so sessions survive restarts and
 * every instance on the machine shares it.
 */
export function ensureAuthSecret(options: { dataDir?: string; env?: Record<string, string | undefined> } = {}): string {
  const fromEnv = (options.env ?? process.env).NEXTAUTH_SECRET?.trim();
  if (fromEnv) return fromEnv;
  if (!options.dataDir && cached) return cached;

  const dataDir = options.dataDir ?? path.join(process.cwd(), '.data');
  const secret = readOrCreate(path.join(dataDir, FILE_NAME));
  if (!options.dataDir) cached = secret;
  return secret;
}

function readOrCreate(file: string): string {
  const existing = readSecret(file);
  if (existing) return existing;

  // The folder stays enterable by others (0755): the embedded PostgreSQL, running as its own OS
  // user, keeps its data below it. The secret file itself is 0600.
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o755 });
  // Write aside, then link into place: linking fails if another instance won the race,
  // and nobody ever reads a half-written file.
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(temporary, randomBytes(48).toString('base64url'), { mode: 0o600, flag: 'wx' });
  try {
    linkSync(temporary, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    unlinkSync(temporary);
  }
  const secret = readSecret(file);
  if (!secret) throw new Error(`${file} is empty or too short; delete it to create a new one.`);
  return secret;
}

function readSecret(file: string): string | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  if (text.length < MIN_LENGTH) return null;
  if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
  return text;
}
