import type { Metadata } from 'next';
import { AddMemberForm, MemberActions } from '@/components/settings/members-editor';
import { KeyFiguresForm } from '@/components/settings/key-figures-form';
import { Button } from '@/components/ui/button';
import { DataTable } from '@/components/ui/data-table';
import { Input } from '@/components/ui/input';
import { PageHeader } from '@/components/ui/page-header';
import { may } from '@/domain/authz/permissions';
import { calendarDateIn } from '@/domain/calendar/local-date';
import { parseYearParam } from '@/domain/plan/choose-plan-year';
import { messages } from '@/i18n/catalog';
import { requireAssociationAccess } from '@/server/authz/require-association-access';
import { getMailMode } from '@/server/mail/page-readers/get-mail-mode';
import { getMembersPage } from '@/server/settings/page-readers/get-members-page';
import { SettingsNav } from '../_components/settings-nav';

export const metadata: Metadata = { title: messages().associationSettings.members.title };

export default async function MembersPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ ar?: string | string[] }>;
}) {
  const { slug } = await params;
  const { association, roles } = await requireAssociationAccess(slug, 'settings.read');
  const year = parseYearParam((await searchParams).ar) ?? calendarDateIn(new Date()).year + 1;
  const [page, mailMode] = await Promise.all([getMembersPage(association.id, year), getMailMode()]);
  const t = messages().associationSettings.members;
  const editable = may(roles, 'settings.edit');
  const comma = (text: string) => text.replace('.', ',');
  const years = (from: number | null, to: number | null) =>
    from === null && to === null ? '–' : `${from ?? '…'}–${to ?? ''}`;
  const keyed = page.splitKey !== 'EQUAL' && !page.regionHoldsMunicipalRole;
  const keyYears = [...new Set(page.key.flatMap((row) => (row.fromYear === null ? [] : [row.fromYear])))];

  return (
    <>
      <PageHeader title={t.title} lead={t.intro} />
      <SettingsNav slug={slug} roles={roles} current="medlemmar" mailMode={mailMode} />
      <section className="card mb-6" aria-labelledby="members-title">
        <h2 id="members-title" className="text-lg font-semibold">
          {t.title}
        </h2>
        <DataTable
          caption={t.title}
          card={false}
          className="mt-2"
          testId="members-table"
          rows={page.members}
          rowKey={(row) => row.id}
          empty={{ title: t.empty, body: t.intro }}
          columns={[
            { header: t.name, rowHeader: true, cell: (row) => row.name },
            { header: t.kind, cell: (row) => t.kinds[row.kind] },
            { header: t.orgNumber, cell: (row) => row.orgNumber ?? '–' },
            { header: t.years, cell: (row) => years(row.joinedYear, row.leftYear) },
            ...(editable
              ? [
                  {
                    header: t.actions,
                    cell: (row: (typeof page.members)[number]) => <MemberActions slug={slug} member={row} />,
                  },
                ]
              : []),
          ]}
        />
        {editable ? (
          <div className="mt-6">
            <h3 className="font-semibold">{t.add}</h3>
            <AddMemberForm slug={slug} nextOrder={Math.max(0, ...page.members.map((m) => m.order)) + 1} />
          </div>
        ) : (
          <p className="mt-3 text-sm text-slate-600">{t.readOnly}</p>
        )}
      </section>
      <section className="card" aria-labelledby="key-title">
        <h2 id="key-title" className="text-lg font-semibold">
          {t.key.title}
        </h2>
        <p className="text-sm text-slate-600">{t.key.help}</p>
        <form method="get" className="my-3 flex items-end gap-2" data-testid="key-year-form">
          <label className="text-sm font-medium">
            {t.key.year}
            <Input name="ar" defaultValue={String(year)} inputMode="numeric" className="w-28" testId="key-year" />
          </label>
          <Button type="submit" variant="secondary">
            {t.key.show}
          </Button>
        </form>
        <p className="text-sm" data-testid="key-rule">
          {t.key.ruleInForce(messages().associationSettings.rules.splitKeys[page.splitKey], year)}
        </p>
        {keyYears
          .filter((from) => from !== year)
          .map((from) => (
            <p key={from} className="text-sm" data-testid="key-from-year">
              {t.key.fromYear(from, year)}
            </p>
          ))}
        {!keyed ? (
          <p className="text-sm">{t.key.equal}</p>
        ) : page.key.length === 0 ? (
          <p className="text-sm">{t.key.noMunicipalities}</p>
        ) : editable ? (
          <KeyFiguresForm
            key={`${year}-${page.key.map((row) => row.memberId).join('-')}`}
            slug={slug}
            year={year}
            splitKey={page.splitKey as 'POPULATION' | 'FIXED_PERCENT'}
            rows={page.key.map((row) => ({
              memberId: row.memberId,
              name: row.name,
              population: row.population === null ? '' : String(row.population),
              splitPercent: row.splitPercent === null ? '' : comma(row.splitPercent),
              version: row.version,
            }))}
          />
        ) : (
          <DataTable
            caption={t.key.title}
            card={false}
            testId="key-table"
            rows={page.key}
            rowKey={(row) => row.memberId}
            columns={[
              { header: t.name, rowHeader: true, cell: (row) => row.name },
              page.splitKey === 'POPULATION'
                ? { header: t.key.population, numeric: true, cell: (row) => row.population ?? '–' }
                : {
                    header: t.key.splitPercent,
                    numeric: true,
                    cell: (row) => (row.splitPercent ? comma(row.splitPercent) : '–'),
                  },
            ]}
          />
        )}
      </section>
    </>
  );
}
