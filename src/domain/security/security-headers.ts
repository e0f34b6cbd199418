/**
 * The security headers of every response (ADR 021), built here as a pure function and set by
 * `src/proxy.ts` on pages, route handlers, server-action replies and static files alike.
 *
 * Scripts run only with the request's nonce; 'strict-dynamic' lets those scripts load the
 * chunks they need (Next's runtime), and nothing else (no host allow-list, no inline handlers).
 * Development adds 'unsafe-eval' (React rebuilds server error stacks with eval) and inline
 * styles (the dev overlay), as Next's CSP guide prescribes; production has neither.
 */
export interface SecurityHeaderOptions {
  /** A fresh, unguessable value per request (base64). */
  nonce: string;
  /** `next dev` (NODE_ENV=development). */
  development: boolean;
  /** `next start`: adds Strict-Transport-Security (browsers ignore it over plain http, e.g. localhost). */
  production: boolean;
}

export const HSTS_MAX_AGE = 63_072_000; // two years, as hstspreload.org asks

/** Features the app never uses, switched off for the page and every frame. */
const DISABLED_FEATURES = [
  'accelerometer',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'hid',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'serial',
  'usb',
  'xr-spatial-tracking',
];

export function contentSecurityPolicy({
  nonce,
  development,
}: Pick<SecurityHeaderOptions, 'nonce' | 'development'>): string {
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(development ? ["'unsafe-eval'"] : [])],
    // Next puts the nonce on the inline <style> it renders; the app's styles are one stylesheet.
    'style-src': development ? ["'self'", "'unsafe-inline'"] : ["'self'", `'nonce-${nonce}'`],
    // No style="" attributes in the markup (the app uses classes; see ADR 021).
    'style-src-attr': development ? ["'unsafe-inline'"] : ["'none'"],
    // data: for the favicon and images Next inlines; blob: for nothing yet, so left out.
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'"],
    // 'self' also allows the dev server's WebSocket (same host) in CSP level 3 browsers.
    'connect-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
    'frame-src': ["'none'"],
    'worker-src': ["'self'"],
    'manifest-src': ["'self'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** Header name → value, for one response. */
export function securityHeaders(options: SecurityHeaderOptions): Record<string, string> {
  const headers: Record<string, string> = {
    'Content-Security-Policy': contentSecurityPolicy(options),
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': DISABLED_FEATURES.map((feature) => `${feature}=()`).join(', '),
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
  if (options.production) headers['Strict-Transport-Security'] = `max-age=${HSTS_MAX_AGE}; includeSubDomains`;
  return headers;
}

/** 128 random bits as base64: a CSP nonce. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
