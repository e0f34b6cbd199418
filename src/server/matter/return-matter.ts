import 'server-only';
import { z } from 'zod';
import { messages } from '@/i18n/catalog';
import type { Actor } from '@/server/authz/session-actor';
import { matterStepSchema, runMatterStep, type MatterStepInput } from './matter-transitions';
import type { UseCaseDeps } from '@/server/kernel/deps';

const schema = matterStepSchema.extend({
  reason: z
    .string({ error: () => messages().governance.fields.reasonRequired })
    .trim()
    .min(1, { error: () => messages().governance.fields.reasonRequired })
    .max(2000, { error: () => messages().governance.fields.tooLong }),
});

/** Sends the matter back (återremiss) with a reason; it can be prepared again. */
export async function returnMatter(input: MatterStepInput & { reason: string }, actor: Actor, deps: UseCaseDeps = {}) {
  return runMatterStep(
    { event: 'return', action: 'matter.returned', data: ({ reason }) => ({ returnReason: reason ?? null }) },
    schema.parse(input),
    actor,
    deps,
    'matter.prepare',
  );
}
