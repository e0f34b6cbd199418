/**
 * The largest body a server action takes: keep equal to `serverActions.bodySizeLimit` in
 * next.config.mjs (6 MB: the 5 MB attachment and its form fields).
 */
export const SERVER_ACTION_BODY_LIMIT_BYTES = 6 * 1024 * 1024;

/**
 * A server-action post that says it is larger than the limit. Next would refuse it too, but
 * answers 500 with an error digest; refusing it first gives the client an honest 413.
 * A body without a length (chunked) is left to Next's own limit.
 */
export function isOversizedActionPost(method: string, headers: { get(name: string): string | null }): boolean {
  if (method !== 'POST' || !headers.get('next-action')) return false;
  const length = Number(headers.get('content-length'));
  return Number.isFinite(length) && length > SERVER_ACTION_BODY_LIMIT_BYTES;
}
