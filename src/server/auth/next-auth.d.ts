import 'next-auth';
import 'next-auth/jwt';

declare module 'next-auth' {
  interface Session {
    /** sessionVersion: the Person's at sign-in; a session whose version differs has ended (ADR 030). */
    user: { id: string; name: string; email: string; sessionVersion: number };
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    sessionVersion?: number;
  }
}
