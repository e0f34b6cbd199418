import Link from 'next/link';
import type { AdoptionDeadlineNotice } from '@/domain/plan/adoption-deadline';
import { format, messages } from '@/i18n/catalog';
import { formatLongDate } from '@/i18n/dates';
import { Notice } from '@/components/ui/notice';

/** `href`, when given, links to where the plan's road is followed (the workflow page). */
export function DeadlineNotice({ notice, href }: { notice: AdoptionDeadlineNotice; href?: string }) {
  const t = messages().dashboard;
  const values = { planYear: notice.planYear, deadline: formatLongDate(notice.deadline) };
  const text =
    notice.kind === 'passed'
      ? format(t.deadlinePassed, values)
      : notice.daysLeft === 0
        ? format(t.deadlineToday, values)
        : notice.daysLeft === 1
          ? format(t.deadlineTomorrow, values)
          : format(t.deadlineApproaching, { ...values, days: notice.daysLeft });
  return (
    <Notice tone={notice.kind === 'passed' ? 'danger' : 'warning'} title={t.deadlineTitle} testId="adoption-deadline">
      <p>{text}</p>
      {href ? (
        <p className="mt-1">
          <Link href={href} className="font-medium underline">
            {messages().planWorkflow.dashboard.open}
          </Link>
        </p>
      ) : null}
    </Notice>
  );
}
