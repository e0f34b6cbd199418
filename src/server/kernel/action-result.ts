/**
 * What every server action returns: data, or a refusal the page can show next to the field.
 * Messages are Swedish, from the catalog. `STALE` carries the fresh values so the user can
 * redo their change on top of someone else's.
 */
export type ActionFailure<Fresh = never> =
  | { ok: false; code: 'VALIDATION'; message: string; fieldErrors: Record<string, string> }
  | { ok: false; code: 'STALE'; message: string; fresh: Fresh }
  | {
      ok: false;
      code: 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'LOCKED' | 'CONFLICT' | 'RETRY';
      message: string;
    };

export type ActionResult<Data, Fresh = never> = { ok: true; data: Data } | ActionFailure<Fresh>;
