import type { Metadata } from 'next';
import { connection } from 'next/server';
import { NotFoundMessage } from '@/components/shell/status-page';
import { messages } from '@/i18n/catalog';

export const metadata: Metadata = { title: messages().common.notFoundTitle };

/** Rendered per request (not prerendered), so its scripts carry the request's CSP nonce (ADR 021). */
export default async function NotFound() {
  await connection();
  return (
    <main id="innehall">
      <NotFoundMessage />
    </main>
  );
}
