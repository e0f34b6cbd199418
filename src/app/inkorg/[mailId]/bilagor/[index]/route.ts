import { getMailMode } from '@/server/mail/page-readers/get-mail-mode';
import { getCaughtMailFile } from '@/server/mail/page-readers/list-caught-mail';
import { caughtMailFileResponse } from '../../caught-mail-file-response';

/** One attachment of a caught mail (e.g. the notice's .ics), downloaded; only in the demo inbox. */
export async function GET(_request: Request, { params }: { params: Promise<{ mailId: string; index: string }> }) {
  if ((await getMailMode()) !== 'inbox') return new Response('Not found', { status: 404 });
  const { mailId, index } = await params;
  if (!/^\d{1,3}$/.test(index)) return new Response('Not found', { status: 404 });
  return caughtMailFileResponse(await getCaughtMailFile(mailId, Number(index)));
}
