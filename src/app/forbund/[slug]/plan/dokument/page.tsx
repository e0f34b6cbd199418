import type { Metadata } from 'next';
import Link from 'next/link';
import { PlanDocumentView } from '@/components/plan-document/plan-document-view';
import { PrintButton } from '@/components/plan-document/print-button';
import { EmptyState } from '@/components/ui/empty-state';
import { StatusBadge } from '@/components/ui/status-badge';
import { calendarDateIn } from '@/domain/calendar/local-date';
import { chooseDocumentPlan } from '@/domain/plan-document/choose-document-plan';
import { parseYearParam } from '@/domain/plan/choose-plan-year';
import { format, messages } from '@/i18n/catalog';
import { formatDate } from '@/i18n/dates';
import { requireAssociationAccess } from '@/server/authz/require-association-access';
import { buildPlanDocument, listDocumentPlans } from '@/server/plan-document/build-plan-document';

export const metadata: Metadata = { title: messages().planDocument.pageTitle };

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ ar?: string | string[]; plan?: string | string[] }>;
}

export default async function PlanDocumentPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { person, association } = await requireAssociationAccess(slug, 'plan.read');
  const t = messages().planDocument;
  const query = await searchParams;
  const plans = await listDocumentPlans(association.id);
  const chosen = chooseDocumentPlan(plans, calendarDateIn(new Date()).year, {
    planId: Array.isArray(query.plan) ? query.plan[0] : query.plan,
    year: parseYearParam(query.ar),
  });
  const document = chosen
    ? await buildPlanDocument({ associationId: association.id, planId: chosen.id }, { personId: person.id })
    : null;
  if (!chosen || !document) {
    return (
      <>
        <h1 className="mb-6 text-2xl font-semibold">{t.pageTitle}</h1>
        <EmptyState title={t.noPlan} body={t.noPlanBody} />
      </>
    );
  }
  const base = `/forbund/${association.slug}/plan/dokument`;
  const status = messages().areas.planStatus[document.status];

  return (
    <>
      <header className="plan-document-header mb-8 border-b border-slate-200 pb-6">
        <p className="text-sm text-slate-600">{document.associationName}</p>
        <h1 id="plan-document-title" className="mt-1 text-3xl font-bold tracking-tight" data-testid="document-title">
          {document.title}
        </h1>
        <p className="mt-2 flex flex-wrap items-center gap-3" data-testid="document-status">
          <StatusBadge label={status} tone={document.decidedAt ? 'active' : 'attention'} />
          {document.decidedAt ? <span>{format(t.decidedOn, { date: formatDate(document.decidedAt) })}</span> : null}
          <span className="text-slate-600">{format(t.version, { version: document.versionNumber })}</span>
        </p>
        <div className="mt-4 flex flex-wrap items-center gap-4 print:hidden">
          <nav aria-label={t.chooseVersion}>
            <ul className="flex flex-wrap items-center gap-1 text-sm">
              {plans.map((plan) => (
                <li key={plan.id}>
                  <Link
                    href={`${base}?plan=${plan.id}`}
                    aria-current={plan.id === chosen.id ? 'page' : undefined}
                    className={`rounded px-2 py-1 no-underline ${plan.id === chosen.id ? 'bg-accent-700 font-semibold text-white hover:text-white' : 'text-accent-800 hover:bg-slate-100'}`}
                  >
                    {plan.versionNumber > 1 ? `${plan.year} v${plan.versionNumber}` : plan.year}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <a
            href={`${base}/plan.pdf?plan=${chosen.id}`}
            download
            className="rounded-md border border-slate-400 bg-white px-3 py-1 text-sm font-medium hover:bg-slate-50"
            data-testid="document-pdf"
          >
            {t.downloadPdf}
          </a>
          <PrintButton label={t.print} />
        </div>
      </header>
      <PlanDocumentView document={document} />
    </>
  );
}
