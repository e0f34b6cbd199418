import { fileResponse } from '@/server/http/file-response';
import { exportPublicRecords } from '@/server/public-records/export-public-records';
import { FieldValidationError } from '@/server/kernel/use-case-errors';

/** `…/rapporter/allmanna-handlingar/export.zip?fran=YYYY-MM-DD&till=YYYY-MM-DD` or `?amne=plan:2026|arende:<id>`. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const url = new URL(request.url);
  const get = (name: string) => url.searchParams.get(name) || null;
  try {
    return await fileResponse(slug, url, (associationId, actor) =>
      exportPublicRecords({ associationId, from: get('fran'), to: get('till'), subject: get('amne') }, actor),
    );
  } catch (error) {
    if (error instanceof FieldValidationError)
      return new Response(Object.values(error.fieldErrors).join(' '), { status: 400 });
    throw error;
  }
}
