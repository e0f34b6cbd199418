import type { Metadata } from 'next';
import { ForbiddenMessage } from '@/components/shell/status-page';
import { messages } from '@/i18n/catalog';

export const metadata: Metadata = { title: messages().common.forbiddenTitle };

/** Rendered by `forbidden()` (next.config `experimental.authInterrupts`). */
export default function Forbidden() {
  return (
    <main id="innehall">
      <ForbiddenMessage />
    </main>
  );
}
