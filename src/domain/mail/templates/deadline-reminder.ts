import { format, messages } from '@/i18n/catalog';
import { renderMail } from '../mail-layout';
import type { RenderedMail } from '../rendered-mail';

export interface DeadlineReminderFacts {
  recipientName: string;
  associationName: string;
  /** "förbundschef", "ordförande" */
  roleName: string;
  planYear: number;
  /** "30 november 2026" */
  deadline: string;
  daysLeft: number;
  /** "Utkast", "Under beredning" …, or null when next year's plan is not started. */
  planStatus: string | null;
  /** Absolute link to the plan's workflow page. */
  workflowUrl: string;
  preferencesUrl: string;
}

/** The reminder 30 and 7 days before the adoption deadline, to the director and the chair. */
export function deadlineReminderMail(facts: DeadlineReminderFacts): RenderedMail {
  const t = messages().mailDigest.deadline;
  const common = messages().mail;
  const values = {
    year: facts.planYear,
    deadline: facts.deadline,
    association: facts.associationName,
    days: facts.daysLeft,
  };
  return renderMail({
    subject: format(facts.daysLeft === 0 ? t.subjectToday : t.subject, values),
    greeting: format(common.greeting, { name: facts.recipientName }),
    paragraphs: [
      format(facts.daysLeft === 0 ? t.introToday : t.intro, values),
      format(t.why, { role: facts.roleName }),
    ],
    facts: [
      { label: t.deadline, value: facts.deadline },
      ...(facts.planStatus ? [{ label: t.status, value: facts.planStatus }] : []),
    ],
    action: { label: t.action, href: facts.workflowUrl },
    footer: [
      format(common.footerAssociation, { association: facts.associationName }),
      format(common.footerPreferences, { url: facts.preferencesUrl }),
    ],
  });
}
