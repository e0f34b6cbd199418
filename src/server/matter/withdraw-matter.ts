import 'server-only';
import type { Actor } from '@/server/authz/session-actor';
import type { GovernanceDeps } from './governance-input';
import { matterStepSchema, runMatterStep, type MatterStepInput } from './matter-transitions';

/** Withdraws the matter for good (whoever may raise matters). */
export async function withdrawMatter(input: MatterStepInput, actor: Actor, deps: GovernanceDeps = {}) {
  return runMatterStep({ event: 'withdraw', action: 'matter.withdrawn' }, matterStepSchema.parse(input), actor, deps, 'matter.raise');
}
