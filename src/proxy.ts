import { NextResponse, type NextRequest } from 'next/server';
import { REQUEST_PATH_HEADER } from '@/domain/auth/return-path';
import { isOversizedActionPost } from '@/domain/security/request-limits';
import { createNonce, securityHeaders } from '@/domain/security/security-headers';
import { messages } from '@/i18n/catalog';

/**
 * Runs before every request (no matcher: pages, route handlers, server actions and static files)
 * and sets the security headers (ADR 021). The Content-Security-Policy also goes on the request,
 * where Next reads the nonce and puts it on the scripts and styles it renders.
 */
export function proxy(request: NextRequest) {
  const headers = securityHeaders({
    nonce: createNonce(),
    development: process.env.NODE_ENV === 'development',
    production: process.env.NODE_ENV === 'production',
  });
  if (isOversizedActionPost(request.method, request.headers)) {
    const refused = new NextResponse(messages().actions.tooLarge, {
      status: 413,
      headers: { 'content-type': 'text/plain; charset=utf-8', connection: 'close' },
    });
    for (const [name, value] of Object.entries(headers)) refused.headers.set(name, value);
    return refused;
  }
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('content-security-policy', headers['Content-Security-Policy']!);
  // The page asked for, so the sign-in can return to it (a link in a mail); set here, never taken from the client.
  requestHeaders.set(REQUEST_PATH_HEADER, request.nextUrl.pathname + request.nextUrl.search);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}
