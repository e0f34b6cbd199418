import 'server-only';
import { z } from 'zod';
import { messages } from '@/i18n/catalog';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import { prisma } from '@/server/db/client';
import { FieldValidationError, StaleVersionError } from '@/server/kernel/use-case-errors';
import {
  assertLinks,
  findParagraph,
  inMinutesTransaction,
  longText,
  openMinutes,
  optionalId,
  title,
} from './minutes-context';
import { voidStaleApprovals } from '@/server/minutes-adjustment/void-stale-approvals';
import { id, version } from '@/server/kernel/input';
import type { UseCaseDeps } from '@/server/kernel/deps';

const schema = z.object({
  associationId: id,
  paragraphId: id,
  version,
  title,
  discussion: longText,
  decisionText: longText,
  matterId: optionalId,
  interventionId: optionalId,
  planId: optionalId,
});

export type UpdateParagraphInput = z.input<typeof schema>;

export interface FreshParagraph {
  version: number;
  title: string;
  discussion: string;
  decisionText: string;
  matterId: string | null;
  interventionId: string | null;
  planId: string | null;
}

const FIELDS = ['title', 'discussion', 'decisionText', 'matterId', 'interventionId', 'planId'] as const;
const LINKS = ['matterId', 'interventionId', 'planId'] as const;

/**
 * Edits a paragraph's title, discussion, decision text and links while the minutes are open, at
 * the version the editor read. Once a decision is recorded its links stay (the decision's effects
 * followed them); its text follows the paragraph's decision text.
 */
export async function updateParagraph(
  input: UpdateParagraphInput,
  actor: Actor,
  deps: UseCaseDeps = {},
): Promise<{ version: number }> {
  const parsed = schema.parse(input);
  const db = deps.db ?? prisma;
  await assertPermission(actor.personId, parsed.associationId, 'minutes.write', { db, now: deps.now });

  return inMinutesTransaction(db, async (tx) => {
    const current = await findParagraph(tx, parsed.associationId, parsed.paragraphId);
    await openMinutes(tx, parsed.associationId, current.meetingId);
    if (current.decision && LINKS.some((field) => parsed[field] !== current[field])) {
      throw new FieldValidationError({ matterId: messages().minutes.errors.linksFixedByDecision });
    }
    await assertLinks(tx, parsed.associationId, parsed);
    const data = Object.fromEntries(FIELDS.map((field) => [field, parsed[field]])) as Pick<
      FreshParagraph,
      (typeof FIELDS)[number]
    >;
    const updated = await tx.minutesParagraph.updateMany({
      where: { id: current.id, version: parsed.version },
      data: { ...data, version: { increment: 1 } },
    });
    if (updated.count === 0) {
      const fresh: FreshParagraph = {
        version: current.version,
        ...Object.fromEntries(FIELDS.map((field) => [field, current[field]])),
      } as FreshParagraph;
      throw new StaleVersionError(fresh);
    }
    if (current.decision && current.decision.text !== parsed.decisionText && parsed.decisionText.trim()) {
      await tx.decision.update({ where: { id: current.decision.id }, data: { text: parsed.decisionText } });
    }
    const changed = FIELDS.filter((field) => current[field] !== parsed[field]);
    await writeAuditEntry(tx, {
      associationId: parsed.associationId,
      personId: actor.personId,
      action: 'minutes.paragraphUpdated',
      entityType: 'MinutesParagraph',
      entityId: current.id,
      data: {
        meetingId: current.meetingId,
        before: Object.fromEntries(changed.map((field) => [field, current[field]])),
        after: Object.fromEntries(changed.map((field) => [field, parsed[field]])),
      },
    });
    await voidStaleApprovals(tx, current.meetingId, actor.personId);
    return { version: parsed.version + 1 };
  });
}
