import 'server-only';
import { mayWithdrawMatter } from '@/domain/matter/matter-rights';
import { messages } from '@/i18n/catalog';
import type { Actor } from '@/server/authz/session-actor';
import { AuthorizationError } from '@/server/kernel/authorization-error';
import { matterStepSchema, runMatterStep, type MatterStepInput } from './matter-transitions';
import type { UseCaseDeps } from '@/server/kernel/deps';

/** Withdraws the matter for good: the person who raised it, or the office on their behalf (ADR 036). */
export async function withdrawMatter(input: MatterStepInput, actor: Actor, deps: UseCaseDeps = {}) {
  return runMatterStep(
    {
      event: 'withdraw',
      action: 'matter.withdrawn',
      check: (matter, roles) => {
        if (!mayWithdrawMatter({ personId: actor.personId, roles }, matter))
          throw new AuthorizationError('FORBIDDEN', messages().governance.refusals.withdrawNotRaiser);
      },
    },
    matterStepSchema.parse(input),
    actor,
    deps,
    'matter.raise',
  );
}
