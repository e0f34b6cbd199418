import type { Metadata } from 'next';
import Link from 'next/link';
import { PlanYearPicker } from '@/components/shell/plan-year-picker';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { may } from '@/domain/authz/permissions';
import { calendarDateIn } from '@/domain/calendar/local-date';
import { parseYearParam } from '@/domain/plan/choose-plan-year';
import { ageBandLabels } from '@/domain/results/periods';
import { format, messages } from '@/i18n/catalog';
import { requireAssociationAccess } from '@/server/authz/require-association-access';
import { getResults } from '@/server/results/page-readers/get-results';
import { GoalsChartSection } from './_sections/goals-chart-section';
import { IndicatorsSection } from './_sections/indicators-section';
import { InterventionPicker } from './_sections/intervention-picker';
import { MeasuredGoals } from './_sections/measured-goals';
import { SocioSection } from './_sections/socio-section';
import { StatsSection } from './_sections/stats-section';

export const metadata: Metadata = { title: messages().results.title };

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ ar?: string | string[]; insats?: string | string[] }>;
}

export default async function ResultsPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { association, roles } = await requireAssociationAccess(slug, 'reports.read');
  const query = await searchParams;
  const t = messages().results;
  const year = parseYearParam(query.ar) ?? calendarDateIn(new Date()).year;
  const interventionId = typeof query.insats === 'string' ? query.insats : null;
  const view = await getResults(association.id, { year, interventionId });
  const base = `/forbund/${encodeURIComponent(association.slug)}/resultat`;
  const editable = may(roles, 'results.edit');
  const bands = ageBandLabels(view.settings.ageBandLimits);

  const header = (
    <PageHeader title={t.title} lead={t.lead}>
      <div className="flex flex-col items-end gap-2">
        <PlanYearPicker basePath={base} years={view.years} current={year} />
        <Link href={`${base}/mal?ar=${year}`} className="text-sm font-semibold">
          {format(t.goals.title, { year })} →
        </Link>
      </div>
    </PageHeader>
  );
  if (!view.intervention) {
    return (
      <>
        {header}
        <EmptyState title={t.noInterventions} body={t.lead} />
      </>
    );
  }
  const intervention = view.intervention;

  return (
    <>
      {header}
      <InterventionPicker view={view} year={year} base={base} currentId={intervention.id} />
      <MeasuredGoals view={view} year={year} />
      <StatsSection
        view={view}
        year={year}
        base={base}
        slug={association.slug}
        intervention={intervention}
        bands={bands}
        editable={editable}
      />
      <IndicatorsSection
        view={view}
        year={year}
        slug={association.slug}
        intervention={intervention}
        editable={editable}
      />
      <SocioSection view={view} slug={association.slug} editable={editable} />
      <GoalsChartSection view={view} />
    </>
  );
}
