import 'server-only';
import { revalidatePath } from 'next/cache';
import { signedInActor, type Actor } from '@/server/authz/session-actor';
import type { ActionResult } from '@/server/kernel/action-result';
import { toActionFailure } from '@/server/kernel/to-action-failure';

export interface PersonActionOptions<Data, Result> {
  /** Absolute paths (e.g. '/konto/e-post') revalidated as layouts once the use case succeeded. */
  revalidate: readonly string[];
  /** What the browser gets back, when not all the use case returns. */
  select?: (data: Data) => Result;
}

/**
 * The sibling of associationAction for what a person does for themselves, outside any association
 * (their mail preferences): the session names the actor, there is no slug and no association
 * permission, and the use case acts on the actor's own rows only. Without a session the answer is
 * UNAUTHENTICATED; the use case's refusals become an `ActionResult` as with associationAction.
 * The authorization checks (tests/static/authorization-checks.test.ts, e2e/shared/authz-discovery.ts)
 * count an action built with it as checking "signed in".
 */
export function personAction<Input, Data, Result = Data>(
  useCase: (input: Input, actor: Actor) => Promise<Data>,
  { revalidate, select }: PersonActionOptions<Data, Result>,
): (input: Input) => Promise<ActionResult<Result>> {
  return async (input) => {
    try {
      const actor = await signedInActor();
      const data = await useCase(input, actor);
      for (const path of revalidate) revalidatePath(path, 'layout');
      return { ok: true, data: select ? select(data) : (data as unknown as Result) };
    } catch (error) {
      return toActionFailure(error);
    }
  };
}
