import 'server-only';
import { z } from 'zod';
import { mayActAsRaiser } from '@/domain/matter/matter-rights';
import { messages } from '@/i18n/catalog';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { prisma } from '@/server/db/client';
import { AuthorizationError } from '@/server/kernel/authorization-error';
import { loadMatter } from './change-matter-status';
import { loadMemberTies } from './member-ties';
import { attachmentData, fileInput } from './governance-input';
import { id } from '@/server/kernel/input';
import type { UseCaseDeps } from '@/server/kernel/deps';

const schema = z.object({ associationId: id, matterId: id, file: fileInput });

/**
 * Attaches a document (PDF, PNG, JPEG, Word .docx, Excel .xlsx; at most 5 MB; checked by its content)
 * to a matter. A member representative attaches only to matters they or their member raised.
 */
export async function addMatterAttachment(
  input: { associationId: string; matterId: string; file: { fileName: string; bytes: Uint8Array } },
  actor: Actor,
  deps: UseCaseDeps = {},
): Promise<{ attachmentId: string }> {
  const parsed = schema.parse(input);
  const db = deps.db ?? prisma;
  // Whoever may raise or prepare matters may attach documents to them; matter.raise covers both.
  const now = deps.now ?? new Date();
  const roles = await assertPermission(actor.personId, parsed.associationId, 'matter.raise', { db, now });
  const ties = await loadMemberTies(db, actor.personId, parsed.associationId, now);
  return db.$transaction(async (tx) => {
    const matter = await loadMatter(tx, parsed.associationId, parsed.matterId);
    if (!mayActAsRaiser({ personId: actor.personId, roles, representedMemberIds: ties.representedMemberIds }, matter))
      throw new AuthorizationError('FORBIDDEN', messages().governance.refusals.notYourMatter);
    const data = attachmentData(parsed.file);
    const attachment = await tx.attachment.create({
      data: { associationId: parsed.associationId, matterId: matter.id, uploadedById: actor.personId, ...data },
      select: { id: true },
    });
    await writeAuditEntry(tx, {
      associationId: parsed.associationId,
      personId: actor.personId,
      action: 'matter.attachmentAdded',
      entityType: 'Attachment',
      entityId: attachment.id,
      data: {
        after: { matterId: matter.id, fileName: data.fileName, mimeType: data.mimeType, sizeBytes: data.sizeBytes },
      },
    });
    return { attachmentId: attachment.id };
  });
}
