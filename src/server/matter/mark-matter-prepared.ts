import 'server-only';
import type { Actor } from '@/server/authz/session-actor';
import type { GovernanceDeps } from './governance-input';
import { matterStepSchema, runMatterStep, type MatterStepInput } from './matter-transitions';

/** The preparation is done: assessment and proposal are ready for the board's agenda. */
export async function markMatterPrepared(input: MatterStepInput, actor: Actor, deps: GovernanceDeps = {}) {
  return runMatterStep({ event: 'markPrepared', action: 'matter.prepared' }, matterStepSchema.parse(input), actor, deps, 'matter.prepare');
}
