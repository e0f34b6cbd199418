import 'server-only';
import type { Actor } from '@/server/authz/session-actor';
import { matterStepSchema, runMatterStep, type MatterStepInput } from './matter-transitions';
import type { UseCaseDeps } from '@/server/kernel/deps';

/** The preparation group starts preparing a raised (or returned, or reopens a prepared) matter. */
export async function startMatterPreparation(input: MatterStepInput, actor: Actor, deps: UseCaseDeps = {}) {
  return runMatterStep(
    { event: 'startPreparation', action: 'matter.preparationStarted' },
    matterStepSchema.parse(input),
    actor,
    deps,
    'matter.prepare',
  );
}
