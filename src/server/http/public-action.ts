import 'server-only';
import type { ActionResult } from '@/server/kernel/action-result';
import { toActionFailure } from '@/server/kernel/to-action-failure';

/**
 * The sibling of associationAction and personAction for the few acts that have no session by
 * nature: accepting an invitation, choosing a password from a mailed link, asking for a reset.
 * The use case's proof is a one-time token (or nothing, for a reset request, whose answer says
 * nothing). The authorization checks list them in PUBLIC_ACTIONS (e2e/shared/action-args.ts).
 */
export function publicAction<Input, Data, Result = Data>(
  useCase: (input: Input) => Promise<Data>,
  { select }: { select?: (data: Data) => Result } = {},
): (input: Input) => Promise<ActionResult<Result>> {
  return async (input) => {
    try {
      const data = await useCase(input);
      return { ok: true, data: select ? select(data) : (data as unknown as Result) };
    } catch (error) {
      return toActionFailure(error);
    }
  };
}
