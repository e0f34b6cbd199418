import type { Metadata } from 'next';
import Link from 'next/link';
import { RulesForm } from '@/components/settings/rules-form';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { PageHeader } from '@/components/ui/page-header';
import { may } from '@/domain/authz/permissions';
import { calendarDateIn } from '@/domain/calendar/local-date';
import { formatKronor } from '@/domain/money/kronor';
import { parseYearParam } from '@/domain/plan/choose-plan-year';
import { messages } from '@/i18n/catalog';
import { requireAssociationAccess } from '@/server/authz/require-association-access';
import { getMailMode } from '@/server/mail/page-readers/get-mail-mode';
import { getRulesPage } from '@/server/settings/page-readers/get-rules-page';
import { SettingsNav } from '../_components/settings-nav';

export const metadata: Metadata = { title: messages().associationSettings.rules.title };

const comma = (value: { toString(): string }) => value.toString().replace('.', ',');

export default async function RulesPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ ar?: string | string[] }>;
}) {
  const { slug } = await params;
  const { association, roles } = await requireAssociationAccess(slug, 'settings.read');
  const year = parseYearParam((await searchParams).ar) ?? calendarDateIn(new Date()).year + 1;
  const [page, mailMode] = await Promise.all([getRulesPage(association.id, year), getMailMode()]);
  const t = messages().associationSettings.rules;
  const { rules } = page;
  const editable = may(roles, 'settings.edit');
  const tiers = rules.capTiers
    .map((tier) =>
      tier.upTo === null
        ? t.tierOpenText(comma(tier.percent))
        : t.tierText(comma(tier.percent), formatKronor(tier.upTo, { unit: true })),
    )
    .join('; ');

  return (
    <>
      <PageHeader title={t.title} lead={t.intro} />
      <SettingsNav slug={slug} roles={roles} current="regler" mailMode={mailMode} />
      <form method="get" className="mb-4 flex items-end gap-2" data-testid="rules-year-form">
        <label className="text-sm font-medium">
          {t.year}
          <Input name="ar" defaultValue={String(year)} inputMode="numeric" className="w-28" testId="rules-year" />
        </label>
        <Button type="submit" variant="secondary">
          {t.showYear}
        </Button>
      </form>
      <p className="mb-4 text-sm" data-testid="rules-source">
        {rules.effectiveFromYear === null ? t.defaults : t.inForceFrom(rules.effectiveFromYear)}
      </p>
      <section className="card mb-6" aria-labelledby="rules-in-force">
        <h2 id="rules-in-force" className="text-lg font-semibold">
          {editable ? t.editFrom(year) : `${t.title} ${year}`}
        </h2>
        {editable ? (
          <RulesForm
            key={year}
            slug={slug}
            year={year}
            version={page.versionForYear}
            initial={{
              regionHoldsMunicipalRole: rules.regionHoldsMunicipalRole,
              municipalSplitKey: rules.municipalSplitKey,
              equityFloor: formatKronor(rules.equityFloor),
              capTiers: rules.capTiers.map((tier) => ({
                upTo: tier.upTo === null ? '' : formatKronor(tier.upTo),
                percent: comma(tier.percent),
              })),
              prognosisYears: String(rules.prognosisYears),
              adoptionDeadlineMonth: String(rules.adoptionDeadlineMonth),
              adoptionDeadlineDay: String(rules.adoptionDeadlineDay),
              quorumRule: rules.quorumRule,
              quorumFixedCount: rules.quorumFixedCount === null ? '' : String(rules.quorumFixedCount),
              noticeBoardText: rules.noticeBoardText ?? '',
              noticeBoardUrl: rules.noticeBoardUrl ?? '',
              decisionsNeedAdjustedMinutes: rules.decisionsNeedAdjustedMinutes,
            }}
          />
        ) : (
          <>
            <dl className="mt-2 grid gap-3" data-testid="rules-read-only">
              {[
                [t.fundingModel, rules.regionHoldsMunicipalRole ? t.fundingHalf : t.fundingQuarter, t.fundingHelp],
                [t.splitKey, t.splitKeys[rules.municipalSplitKey], t.splitKeyHelp],
                [t.equityFloor, formatKronor(rules.equityFloor, { unit: true }), t.equityFloorHelp],
                [t.capTiers, tiers, t.capTiersHelp],
                [t.prognosisYears, String(rules.prognosisYears), t.prognosisYearsHelp],
                [t.deadline, `${rules.adoptionDeadlineDay}/${rules.adoptionDeadlineMonth}`, t.deadlineHelp],
                [
                  t.quorumRule,
                  rules.quorumRule === 'FIXED_COUNT'
                    ? `${t.quorumRules.FIXED_COUNT}: ${rules.quorumFixedCount ?? ''}`
                    : t.quorumRules[rules.quorumRule],
                  t.quorumHelp,
                ],
                [
                  t.noticeBoardText,
                  [rules.noticeBoardText, rules.noticeBoardUrl].filter(Boolean).join(' – ') || '–',
                  t.noticeBoardHelp,
                ],
                [
                  t.decisionsEffect,
                  t.decisionsEffectOptions[rules.decisionsNeedAdjustedMinutes ? 'ADJUSTED' : 'MEETING'],
                  t.decisionsEffectHelp,
                ],
              ].map(([label, value, help]) => (
                <div key={label}>
                  <dt className="font-medium">{label}</dt>
                  <dd>{value}</dd>
                  <dd className="text-sm text-slate-600">{help}</dd>
                </div>
              ))}
            </dl>
            <p className="mt-3 text-sm text-slate-600">{t.readOnly}</p>
          </>
        )}
      </section>
      {page.history.length > 0 ? (
        <section className="card" aria-labelledby="rules-history">
          <h2 id="rules-history" className="text-lg font-semibold">
            {t.history}
          </h2>
          <ul className="mt-2 list-disc pl-5 text-sm" data-testid="rules-history-list">
            {page.history.map((row) => (
              <li key={row.from}>
                <Link className="underline" href={`?ar=${row.from}`}>
                  {row.to === null ? `${row.from} →` : row.from === row.to ? String(row.from) : `${row.from}–${row.to}`}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
