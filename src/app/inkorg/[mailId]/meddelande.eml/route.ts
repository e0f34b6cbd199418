import { getMailMode } from '@/server/mail/page-readers/get-mail-mode';
import { getCaughtMailFile } from '@/server/mail/page-readers/list-caught-mail';
import { caughtMailFileResponse } from '../caught-mail-file-response';

/** The whole caught message as it arrived over SMTP (both parts and the attachments); only in the demo inbox. */
export async function GET(_request: Request, { params }: { params: Promise<{ mailId: string }> }) {
  if ((await getMailMode()) !== 'inbox') return new Response('Not found', { status: 404 });
  const { mailId } = await params;
  return caughtMailFileResponse(await getCaughtMailFile(mailId, null));
}
