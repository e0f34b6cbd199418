import 'server-only';
import { createHash, randomBytes } from 'node:crypto';

/** A new one-time token (32 random bytes, base64url) and its SHA-256, the only form stored. */
export function newOneTimeToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashOneTimeToken(token) };
}

export function hashOneTimeToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A link's token as it may look (43 base64url characters); anything else is refused before a lookup. */
export function isWellFormedToken(token: unknown): token is string {
  return typeof token === 'string' && /^[A-Za-z0-9_-]{43}$/.test(token);
}
