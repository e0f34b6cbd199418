import 'server-only';
import { z } from 'zod';
import { isBoardDecisionEvent } from '@/domain/matter/matter-rights';
import { messages } from '@/i18n/catalog';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import { AuthorizationError } from '@/server/kernel/authorization-error';
import type { UseCaseDeps } from '@/server/kernel/deps';
import { id } from '@/server/kernel/input';
import { markMatterPrepared } from './mark-matter-prepared';
import type { MatterStepInput } from './matter-transitions';
import { startMatterPreparation } from './start-matter-preparation';
import { withdrawMatter } from './withdraw-matter';

export const MATTER_STEPS = ['startPreparation', 'markPrepared', 'withdraw', 'return'] as const;
export type MatterStep = (typeof MATTER_STEPS)[number];

const stepSchema = z.object({ associationId: id, step: z.enum(MATTER_STEPS) });

/**
 * One of the matter page's steps; the step picks the use case. Sending back (återremiss) is a
 * board decision (ADR 036): it is recorded with the decision in the board meeting's minutes
 * (recordDecision, outcome RETURNED), so asked for here it is refused with that reason, whoever asks.
 */
export async function takeMatterStep(
  input: MatterStepInput & { step: MatterStep },
  actor: Actor,
  deps: UseCaseDeps = {},
) {
  const { step, associationId } = stepSchema.parse(input);
  const base = { associationId, matterId: input.matterId, version: input.version };
  if (step === 'startPreparation') return startMatterPreparation(base, actor, deps);
  if (step === 'markPrepared') return markMatterPrepared(base, actor, deps);
  if (step === 'withdraw') return withdrawMatter(base, actor, deps);
  // Someone outside the association learns nothing: the same NOT_FOUND as elsewhere.
  await assertPermission(actor.personId, associationId, 'matter.read', { db: deps.db, now: deps.now });
  if (isBoardDecisionEvent(step))
    throw new AuthorizationError('FORBIDDEN', messages().governance.refusals.returnIsBoardDecision);
  throw new AuthorizationError('FORBIDDEN');
}
