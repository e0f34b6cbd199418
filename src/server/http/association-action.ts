import 'server-only';
import { revalidatePath } from 'next/cache';
import { sessionActor, type Actor } from '@/server/authz/session-actor';
import type { ActionResult } from '@/server/kernel/action-result';
import { toActionFailure } from '@/server/kernel/to-action-failure';

/** Names, for the type only, the fresh values a STALE refusal carries: `stale: fresh<FreshMatter>()`. */
export interface FreshValues<Fresh> {
  readonly fresh?: Fresh;
}
export const fresh = <Fresh>(): FreshValues<Fresh> => ({});

export interface AssociationActionOptions<Data, Result, Fresh> {
  /** Paths under `/forbund/<slug>` (e.g. '/arenden', '' for all of it) revalidated as layouts once the use case succeeded. */
  revalidate: readonly string[];
  /** Revalidates only for some answers (e.g. an import that wrote nothing changes no page). */
  revalidateIf?: (data: Data) => boolean;
  /** What the browser gets back, when not all the use case returns (e.g. only `{ matterId }`). */
  select?: (data: Data) => Result;
  stale?: FreshValues<Fresh>;
}

/**
 * The one way to write a server action: the slug names the association, the session the
 * actor; the use case, given the association's id, checks the permission and does the work; its
 * refusals become an `ActionResult`. The input type is the use case's, without `associationId`.
 */
export function associationAction<Input extends { associationId: string }, Data, Result = Data, Fresh = never>(
  useCase: (input: Input, actor: Actor) => Promise<Data>,
  { revalidate, revalidateIf, select }: AssociationActionOptions<Data, Result, Fresh>,
): (slug: string, input: Omit<Input, 'associationId'>) => Promise<ActionResult<Result, Fresh>> {
  return async (slug, input) => {
    try {
      // A posted action's arguments are whatever the client sent: a slug that is not a string names
      // no association (NOT_FOUND after the session check), rather than failing inside the lookup.
      const { associationId, actor } = await sessionActor(typeof slug === 'string' ? slug : '');
      const data = await useCase({ ...input, associationId } as Input, actor);
      if (revalidateIf?.(data) ?? true)
        for (const path of revalidate) revalidatePath(`/forbund/${encodeURIComponent(slug)}${path}`, 'layout');
      return { ok: true, data: select ? select(data) : (data as unknown as Result) };
    } catch (error) {
      return toActionFailure<Fresh>(error);
    }
  };
}
