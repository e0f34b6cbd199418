import 'server-only';
import type { Actor } from '@/server/authz/session-actor';
import type { GovernanceDeps } from './governance-input';
import { matterStepSchema, runMatterStep, type MatterStepInput } from './matter-transitions';

/** The preparation group starts preparing a raised (or returned, or reopens a prepared) matter. */
export async function startMatterPreparation(input: MatterStepInput, actor: Actor, deps: GovernanceDeps = {}) {
  return runMatterStep({ event: 'startPreparation', action: 'matter.preparationStarted' }, matterStepSchema.parse(input), actor, deps, 'matter.prepare');
}
