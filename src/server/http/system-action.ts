import 'server-only';
import { revalidatePath } from 'next/cache';
import { signedInActor, type Actor } from '@/server/authz/session-actor';
import type { ActionResult } from '@/server/kernel/action-result';
import { toActionFailure } from '@/server/kernel/to-action-failure';

/**
 * The sibling of associationAction for system administration (/system, ADR 029): no slug; the
 * session names the actor (UNAUTHENTICATED without one) and the use case checks assertSystemAdmin
 * (src/server/system/assert-system-admin.ts) before anything else. Refusals become an ActionResult.
 */
export function systemAction<Input, Data, Result = Data>(
  useCase: (input: Input, actor: Actor) => Promise<Data>,
  { select }: { select?: (data: Data) => Result } = {},
): (input: Input) => Promise<ActionResult<Result>> {
  return async (input) => {
    try {
      const actor = await signedInActor();
      const data = await useCase(input, actor);
      revalidatePath('/system', 'layout');
      return { ok: true, data: select ? select(data) : (data as unknown as Result) };
    } catch (error) {
      return toActionFailure(error);
    }
  };
}
