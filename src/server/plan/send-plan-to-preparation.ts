import 'server-only';
import { z } from 'zod';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import { prisma } from '@/server/db/client';
import { mailPlanForComment } from './plan-comment-mail';
import { sendPlanOn, type FreshPlan } from './transition-plan';
import { id, version } from '@/server/kernel/input';
import type { UseCaseDeps } from '@/server/kernel/deps';

const schema = z.object({ associationId: id, planId: id, version });

/** The director sends the draft to the preparation group (the budget must have no blocking errors). */
export async function sendPlanToPreparation(
  input: z.input<typeof schema>,
  actor: Actor,
  deps: UseCaseDeps = {},
): Promise<FreshPlan> {
  const parsed = schema.parse(input);
  const db = deps.db ?? prisma;
  await assertPermission(actor.personId, parsed.associationId, 'plan.sendOn', { db, now: deps.now });
  const now = deps.now ?? new Date();
  return db.$transaction(async (tx) => {
    const fresh = await sendPlanOn(tx, parsed, 'sendToPreparation', {
      personId: actor.personId,
      action: 'plan.sentToPreparation',
    });
    await mailPlanForComment(tx, parsed.planId, 'PREPARATION', { senderId: actor.personId, now });
    return fresh;
  });
}
