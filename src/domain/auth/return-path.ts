/** The request header in which src/proxy.ts passes the requested path to server components. */
export const REQUEST_PATH_HEADER = 'x-samplan-path';

/** The sign-in page's query parameter naming where to go after signing in. */
export const RETURN_PARAM = 'till';

/**
 * Where to go after signing in: a path of the association pages only (a link in a mail opens the
 * item after sign-in), never another site (`//evil.example`, `https:`, `/\evil`), else null.
 */
export function safeReturnPath(value: string | null | undefined): string | null {
  if (!value || value.length > 1000) return null;
  if (!/^\/forbund\/[^/\\]/.test(value)) return null;
  if (/[\\\s]|%5c|%2f%2f/i.test(value) || value.includes('//')) return null;
  return value;
}
