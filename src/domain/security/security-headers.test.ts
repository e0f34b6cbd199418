import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, createNonce, securityHeaders } from './security-headers';

const directives = (csp: string) =>
  Object.fromEntries(csp.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));

describe('security headers', () => {
  it('allows scripts only by the nonce and strict-dynamic in production, with no unsafe-inline or unsafe-eval anywhere', () => {
    const csp = contentSecurityPolicy({ nonce: 'abc123==', development: false });
    const d = directives(csp);
    expect(d['script-src']).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
    expect(d['style-src']).toEqual(["'self'", "'nonce-abc123=='"]);
    expect(d['style-src-attr']).toEqual(["'none'"]);
    expect(csp).not.toContain('unsafe-');
    expect(d['frame-ancestors']).toEqual(["'none'"]);
    expect(d['object-src']).toEqual(["'none'"]);
    expect(d['base-uri']).toEqual(["'self'"]);
    expect(d['form-action']).toEqual(["'self'"]);
    expect(d['default-src']).toEqual(["'self'"]);
    expect(d['img-src']).toEqual(["'self'", 'data:']);
  });

  it('adds unsafe-eval for scripts and inline styles only in development', () => {
    const d = directives(contentSecurityPolicy({ nonce: 'n', development: true }));
    expect(d['script-src']).toEqual(["'self'", "'nonce-n'", "'strict-dynamic'", "'unsafe-eval'"]);
    expect(d['style-src']).toContain("'unsafe-inline'");
  });

  it('sets the fixed headers on every response and HSTS only in production', () => {
    const prod = securityHeaders({ nonce: 'n', development: false, production: true });
    expect(prod).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'X-Frame-Options': 'DENY',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
    });
    expect(prod['Permissions-Policy']).toContain('camera=()');
    expect(prod['Permissions-Policy']).toContain('geolocation=()');
    expect(securityHeaders({ nonce: 'n', development: true, production: false })).not.toHaveProperty(
      'Strict-Transport-Security',
    );
  });

  it('makes a fresh 128-bit nonce each time, in a form Next reads from the header', () => {
    const a = createNonce();
    const b = createNonce();
    expect(a).not.toBe(b);
    expect(Buffer.from(a, 'base64')).toHaveLength(16);
    // Next extracts the nonce with /^'nonce-([A-Za-z0-9+/_-]+={0,2})'$/ (get-script-nonce-from-header).
    expect(`'nonce-${a}'`).toMatch(/^'nonce-([A-Za-z0-9+/_-]+={0,2})'$/);
  });
});
