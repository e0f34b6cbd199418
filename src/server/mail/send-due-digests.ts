import 'server-only';
import { randomUUID } from 'node:crypto';
import { decideDigest, digestDedupeKey, stockholmDay } from '@/domain/mail/digest';
import { digestMail } from '@/domain/mail/templates/digest';
import type { PrismaClient } from '@/generated/prisma/client';
import { addSendJobs } from './enqueue-mail';
import { personalMailLinks } from './mail-links';
import { readMailSettings, type MailSettings } from './mail-settings';

export interface DigestRun {
  /** Digests written (each with its send job). */
  digests: number;
  /** Waiting mails folded into them. */
  items: number;
}

/**
 * The daily digests that are due at `now`: per person with mail waiting (DIGEST_PENDING), when the
 * rule says so (from 07:00 Swedish time, once a day, never empty), one transaction writes the
 * digest (QUEUED, keyed by person and day), marks the items it lists DIGESTED and adds its send
 * job. A second or racing run finds the key taken and writes nothing.
 */
export async function sendDueDigests({
  db,
  now,
  settings = readMailSettings(),
}: {
  db: PrismaClient;
  now: Date;
  settings?: MailSettings;
}): Promise<DigestRun> {
  const pending = await db.outboxMail.findMany({
    where: { status: 'DIGEST_PENDING', personId: { not: null }, createdAt: { lt: now } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { id: true, personId: true, createdAt: true, subject: true, actionUrl: true },
  });
  const byPerson = new Map<string, typeof pending>();
  for (const row of pending) byPerson.set(row.personId!, [...(byPerson.get(row.personId!) ?? []), row]);

  const run: DigestRun = { digests: 0, items: 0 };
  const links = personalMailLinks(settings);
  for (const [personId, rows] of byPerson) {
    const key = digestDedupeKey(personId, stockholmDay(now));
    const last = await db.outboxMail.findUnique({ where: { dedupeKey: key }, select: { createdAt: true } });
    const decision = decideDigest({
      now,
      pendingCreatedAt: rows.map((r) => r.createdAt),
      lastDigestAt: last?.createdAt ?? null,
    });
    if (!decision.due) continue;
    const person = await db.person.findUnique({ where: { id: personId }, select: { name: true, email: true } });
    if (!person) continue;
    const items = rows.filter((r) => r.createdAt < decision.cutoff);
    const rendered = digestMail({
      recipientName: person.name,
      date: decision.day,
      items: items.map((r) => ({ subject: r.subject, href: r.actionUrl })),
      appUrl: links.start(),
      preferencesUrl: links.preferences(),
    });
    const written = await db.$transaction(async (tx) => {
      const [digest] = await tx.outboxMail.createManyAndReturn({
        data: [
          {
            id: randomUUID(),
            associationId: null,
            personId,
            toAddress: person.email,
            kind: 'DIGEST',
            subject: rendered.subject,
            textBody: rendered.text,
            htmlBody: rendered.html,
            actionUrl: rendered.actionUrl ?? null,
            dedupeKey: key,
            status: 'QUEUED',
            createdAt: now,
          },
        ],
        skipDuplicates: true,
        select: { id: true },
      });
      if (!digest) return null;
      const marked = await tx.outboxMail.updateMany({
        where: { id: { in: items.map((r) => r.id) }, status: 'DIGEST_PENDING' },
        data: { status: 'DIGESTED', digestId: digest.id },
      });
      await addSendJobs(tx, [digest.id]);
      return marked.count;
    });
    if (written === null) continue;
    run.digests += 1;
    run.items += written;
  }
  return run;
}
