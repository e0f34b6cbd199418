import 'server-only';
import type { Actor } from '@/server/authz/session-actor';
import { matterStepSchema, runMatterStep, type MatterStepInput } from './matter-transitions';
import type { UseCaseDeps } from '@/server/kernel/deps';

/** The preparation is done: assessment and proposal are ready for the board's agenda. */
export async function markMatterPrepared(input: MatterStepInput, actor: Actor, deps: UseCaseDeps = {}) {
  return runMatterStep(
    { event: 'markPrepared', action: 'matter.prepared' },
    matterStepSchema.parse(input),
    actor,
    deps,
    'matter.prepare',
  );
}
