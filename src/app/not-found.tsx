import type { Metadata } from 'next';
import { NotFoundMessage } from '@/components/shell/status-page';
import { messages } from '@/i18n/catalog';

export const metadata: Metadata = { title: messages().common.notFoundTitle };

export default function NotFound() {
  return (
    <main id="innehall">
      <NotFoundMessage />
    </main>
  );
}
