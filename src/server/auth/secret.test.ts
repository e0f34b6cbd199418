import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensureAuthSecret } from './secret';

let dataDir: string;
beforeEach(() => {
  dataDir = path.join(mkdtempSync(path.join(tmpdir(), 'samplan-secret-')), '.data');
});
afterEach(() => rmSync(path.dirname(dataDir), { recursive: true, force: true }));

describe('ensureAuthSecret', () => {
  it('uses NEXTAUTH_SECRET when set, without touching the disk', () => {
    expect(ensureAuthSecret({ dataDir, env: { NEXTAUTH_SECRET: ' from-env ' } })).toBe('from-env');
    expect(() => statSync(dataDir)).toThrow();
  });

  it('creates a random secret once, readable only by the owner, and reuses it', () => {
    const first = ensureAuthSecret({ dataDir, env: {} });
    expect(first.length).toBeGreaterThanOrEqual(64);
    const file = path.join(dataDir, 'auth-secret');
    expect(readFileSync(file, 'utf8')).toBe(first);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(ensureAuthSecret({ dataDir, env: {} })).toBe(first);
  });

  it('gives different installations different secrets', () => {
    const other = path.join(path.dirname(dataDir), 'other');
    expect(ensureAuthSecret({ dataDir, env: {} })).not.toBe(ensureAuthSecret({ dataDir: other, env: {} }));
  });

  it('refuses a file too short to be a secret', () => {
    ensureAuthSecret({ dataDir, env: {} });
    const file = path.join(dataDir, 'auth-secret');
    rmSync(file);
    writeFileSync(file, 'short', { mode: 0o600 });
    expect(() => ensureAuthSecret({ dataDir, env: {} })).toThrow(/too short/);
  });

  it('tightens a secret file others can read', () => {
    const secret = ensureAuthSecret({ dataDir, env: {} });
    const file = path.join(dataDir, 'auth-secret');
    writeFileSync(file, secret, { mode: 0o644 });
    chmodSync(file, 0o644);
    expect(ensureAuthSecret({ dataDir, env: {} })).toBe(secret);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });
});
