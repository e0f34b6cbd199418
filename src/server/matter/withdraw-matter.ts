import 'server-only';
import type { Actor } from '@/server/authz/session-actor';
import { matterStepSchema, runMatterStep, type MatterStepInput } from './matter-transitions';
import type { UseCaseDeps } from '@/server/kernel/deps';

/** Withdraws the matter for good (whoever may raise matters). */
export async function withdrawMatter(input: MatterStepInput, actor: Actor, deps: UseCaseDeps = {}) {
  return runMatterStep(
    { event: 'withdraw', action: 'matter.withdrawn' },
    matterStepSchema.parse(input),
    actor,
    deps,
    'matter.raise',
  );
}
