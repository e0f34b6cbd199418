// Page reader: checks no permission itself. It relies on the consultation page's requireAssociationAccess(slug,
// 'plan.read') (plan/medlemssamrad).
import 'server-only';
import { prisma } from '@/server/db/client';
import type { UseCaseDeps } from '@/server/kernel/deps';

export interface ConsultationYear {
  year: number;
  years: number[];
  meetings: { id: string; title: string; startsAt: Date; status: string }[];
  conclusions: {
    id: string;
    version: number;
    meetingId: string | null;
    question: string;
    conclusion: string;
    considerations: { planYear: number; text: string }[];
  }[];
}

/** The members' consultation conclusions of a year, with the association's MEMBERS_CONSULTATION meetings that year to link them to. */
export async function getConsultation(
  associationId: string,
  year: number,
  options: UseCaseDeps = {},
): Promise<ConsultationYear> {
  const db = options.db ?? prisma;
  const start = new Date(Date.UTC(year - 1, 11, 31));
  const end = new Date(Date.UTC(year + 1, 0, 1));
  const [meetings, conclusions, yearRows] = await Promise.all([
    db.meeting.findMany({
      where: { associationId, body: 'MEMBERS_CONSULTATION', startsAt: { gte: start, lt: end } },
      orderBy: { startsAt: 'asc' },
      select: { id: true, title: true, startsAt: true, status: true },
    }),
    db.consultationConclusion.findMany({
      where: { associationId, year },
      orderBy: [{ order: 'asc' }, { createdAt: 'asc' }],
      select: {
        id: true,
        version: true,
        meetingId: true,
        question: true,
        conclusion: true,
        considerations: { select: { text: true, plan: { select: { year: true } } } },
      },
    }),
    db.consultationConclusion.findMany({ where: { associationId }, select: { year: true }, distinct: ['year'] }),
  ]);
  return {
    year,
    years: [...new Set([...yearRows.map((r) => r.year), year])].sort((a, b) => a - b),
    meetings,
    conclusions: conclusions.map((c) => ({
      ...c,
      considerations: c.considerations
        .filter((k) => k.text !== '')
        .map((k) => ({ planYear: k.plan.year, text: k.text })),
    })),
  };
}
