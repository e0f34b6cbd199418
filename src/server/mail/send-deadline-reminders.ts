import 'server-only';
import { calendarDateIn } from '@/domain/calendar/local-date';
import { deadlineReminderDedupeKey, dueDeadlineReminder } from '@/domain/mail/deadline-reminder';
import { deadlineReminderMail } from '@/domain/mail/templates/deadline-reminder';
import type { PrismaClient } from '@/generated/prisma/client';
import { messages } from '@/i18n/catalog';
import { formatLongDate } from '@/i18n/dates';
import { enqueueMail } from './enqueue-mail';
import { mailLinks } from './mail-links';
import { loadAssociationRulesByAssociation } from '@/server/settings/load-association-rules';
import { readMailSettings, type MailSettings } from './mail-settings';

const ADOPTED = ['ADOPTED', 'REVISED'] as const;
/** Who answers for the plan being adopted in time. */
const REMINDED_ROLES = ['DIRECTOR', 'CHAIR'] as const;

export interface ReminderRun {
  /** Reminders written now (a repeated run writes none). */
  queued: number;
  /** Reminders written earlier for the same association, year, reminder and person. */
  duplicate: number;
}

/**
 * The adoption-deadline reminders due at `now`: for each association whose next year's plan is not
 * adopted, the 30-day or the 7-day reminder (the rule in src/domain/mail/deadline-reminder.ts) to
 * its director(s) and chair, each keyed by association, plan year, reminder and person so that the
 * hourly runs send it once.
 */
export async function sendDeadlineReminders({
  db,
  now,
  settings = readMailSettings(),
}: {
  db: PrismaClient;
  now: Date;
  settings?: MailSettings;
}): Promise<ReminderRun> {
  const today = calendarDateIn(now);
  const run: ReminderRun = { queued: 0, duplicate: 0 };
  const associations = await db.association.findMany({
    select: {
      id: true,
      name: true,
      slug: true,
    },
    orderBy: { slug: 'asc' },
  });
  // The deadline of next year's plan is the one that year's rules set (ADR 031).
  const rulesOf = await loadAssociationRulesByAssociation(
    db,
    associations.map((a) => a.id),
    today.year + 1,
  );
  const t = messages();
  for (const association of associations) {
    const plans = await db.plan.findMany({
      where: { associationId: association.id, year: today.year + 1 },
      select: { status: true },
      orderBy: { versionNumber: 'desc' },
    });
    const due = dueDeadlineReminder({
      today,
      deadlineMonth: rulesOf.get(association.id)!.adoptionDeadlineMonth,
      deadlineDay: rulesOf.get(association.id)!.adoptionDeadlineDay,
      nextYearAdopted: plans.some((p) => (ADOPTED as readonly string[]).includes(p.status)),
    });
    if (!due) continue;
    const roles = await db.roleAssignment.findMany({
      where: {
        associationId: association.id,
        role: { in: [...REMINDED_ROLES] },
        AND: [
          { OR: [{ validFrom: null }, { validFrom: { lte: now } }] },
          { OR: [{ validTo: null }, { validTo: { gte: now } }] },
        ],
      },
      select: { role: true, person: { select: { id: true, name: true, email: true } } },
      orderBy: { role: 'asc' },
    });
    const roleOf = new Map(roles.map((r) => [r.person.id, t.roles[r.role].toLowerCase()]));
    const links = mailLinks(association.slug, settings);
    const outcome = await db.$transaction((tx) =>
      enqueueMail(tx, {
        associationId: association.id,
        kind: 'ADOPTION_DEADLINE',
        recipients: roles.map((r) => r.person),
        render: (recipient) =>
          deadlineReminderMail({
            recipientName: recipient.name,
            associationName: association.name,
            roleName: roleOf.get(recipient.id)!,
            planYear: due.planYear,
            deadline: formatLongDate(due.deadline),
            daysLeft: due.daysLeft,
            planStatus: plans[0] ? t.areas.planStatus[plans[0].status] : null,
            workflowUrl: links.planWorkflow(due.planYear),
            preferencesUrl: links.preferences(),
          }),
        dedupeKey: (recipient) => deadlineReminderDedupeKey(association.id, due.planYear, due.reminder, recipient.id),
      }),
    );
    run.queued += outcome.queued + outcome.digest;
    run.duplicate += outcome.duplicate;
  }
  return run;
}
