import 'server-only';
import type { AuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { prisma } from '@/server/db/client';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { isTransientDatabaseError } from '@/server/db/transient-error';
import { ensureAuthSecret } from './secret';
import { SIGN_IN_AUDIT, signInWithPassword } from './sign-in-with-password';

const TWELVE_HOURS = 12 * 60 * 60;

/**
 * next-auth's cookies, always `HttpOnly; Secure; SameSite=Lax` (ADR 021). next-auth would drop
 * Secure when NEXTAUTH_URL is http (e.g. localhost); browsers keep Secure cookies for
 * http://localhost anyway, and behind TLS they must be Secure. The names stay unprefixed so they
 * are the same over http and https (tools sign in over HTTP and look for them by name).
 * The csrf cookie is HttpOnly too: next-auth's client reads the token from /api/auth/csrf, not
 * from the cookie, and checks the posted token against the cookie's hash.
 */
const cookieOptions = { httpOnly: true, secure: true, sameSite: 'lax' as const, path: '/' };
export const AUTH_COOKIES: AuthOptions['cookies'] = {
  sessionToken: { name: 'next-auth.session-token', options: cookieOptions },
  callbackUrl: { name: 'next-auth.callback-url', options: cookieOptions },
  csrfToken: { name: 'next-auth.csrf-token', options: cookieOptions },
  pkceCodeVerifier: { name: 'next-auth.pkce.code_verifier', options: { ...cookieOptions, maxAge: 900 } },
  state: { name: 'next-auth.state', options: { ...cookieOptions, maxAge: 900 } },
  nonce: { name: 'next-auth.nonce', options: cookieOptions },
};

function clientIp(headers: Record<string, unknown> | undefined): string | null {
  const forwarded = headers?.['x-forwarded-for'];
  const first = typeof forwarded === 'string' ? forwarded.split(',')[0]?.trim() : undefined;
  const real = headers?.['x-real-ip'];
  return first || (typeof real === 'string' ? real : null);
}

/**
 * Sessions are signed JWT cookies: nothing kept in memory, so any instance can serve any request.
 * A failed sign-in throws its code (see SignInErrorCode); next-auth hands it to the page as `error`.
 */
export const authOptions: AuthOptions = {
  secret: ensureAuthSecret(),
  session: { strategy: 'jwt', maxAge: TWELVE_HOURS },
  cookies: AUTH_COOKIES,
  pages: { signIn: '/logga-in', error: '/logga-in' },
  providers: [
    CredentialsProvider({
      id: 'credentials',
      name: 'E-post och lösenord',
      credentials: {
        email: { label: 'E-postadress', type: 'email' },
        password: { label: 'Lösenord', type: 'password' },
      },
      async authorize(credentials, request) {
        let result: Awaited<ReturnType<typeof signInWithPassword>>;
        try {
          result = await signInWithPassword({
            email: credentials?.email,
            password: credentials?.password,
            ip: clientIp(request?.headers),
          });
        } catch (error) {
          // The database away (restart): a code for the page, not Prisma's message in the redirect URL.
          if (!isTransientDatabaseError(error)) throw error;
          console.warn('Sign-in refused with UNAVAILABLE: the database could not be reached.');
          throw new Error('UNAVAILABLE');
        }
        if (!result.ok) throw new Error(result.code);
        return result.person;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        // Compared with Person.sessionVersion on every request (getSessionPerson): a bump ends this session.
        token.sessionVersion = (user as { sessionVersion?: number }).sessionVersion ?? 1;
      }
      return token;
    },
    session({ session, token }) {
      session.user = {
        id: token.sub ?? '',
        name: token.name ?? '',
        email: token.email ?? '',
        sessionVersion: typeof token.sessionVersion === 'number' ? token.sessionVersion : 1,
      };
      return session;
    },
  },
  events: {
    async signOut({ token }) {
      if (!token?.sub) return;
      await writeAuditEntry(prisma, {
        associationId: null,
        personId: token.sub,
        action: SIGN_IN_AUDIT.signedOut,
        entityType: 'Person',
        entityId: token.sub,
      });
    },
  },
};
