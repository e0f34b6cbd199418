import type { Metadata } from 'next';
import { PlanSubNav } from '@/components/plan/plan-sub-nav';
import { PageHeader } from '@/components/ui/page-header';
import { StatusBadge } from '@/components/ui/status-badge';
import type { DiffPart } from '@/domain/plan/text-diff';
import { formatKronor } from '@/domain/money/kronor';
import { format, messages } from '@/i18n/catalog';
import { requireAssociationAccess } from '@/server/authz/require-association-access';
import { getPlanComparison, type PlanVersionChoice } from '@/server/plan/page-readers/get-plan-comparison';
import { Button } from '@/components/ui/button';

export const metadata: Metadata = { title: messages().planContent.page.subNav.compare };

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ a?: string | string[]; b?: string | string[] }>;
}

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? null;

function Diff({ parts, side }: { parts: DiffPart[]; side: 'before' | 'after' }) {
  return (
    <p className="text-sm whitespace-pre-wrap">
      {parts.map((part, i) =>
        part.kind === 'same' ? (
          <span key={i}>{part.text}</span>
        ) : part.kind === 'removed' && side === 'before' ? (
          <del key={i} className="bg-red-100 text-red-900">
            {part.text}
          </del>
        ) : part.kind === 'added' && side === 'after' ? (
          <ins key={i} className="bg-green-100 text-green-900 no-underline">
            {part.text}
          </ins>
        ) : null,
      )}
    </p>
  );
}

export default async function ComparePage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { association } = await requireAssociationAccess(slug, 'plan.read');
  const query = await searchParams;
  const { versions, a, b, comparison } = await getPlanComparison(association.id, { a: one(query.a), b: one(query.b) });
  const t = messages().planContent.compare;
  const label = (v: PlanVersionChoice) =>
    format(t.versionLabel, {
      year: v.year,
      number: v.versionNumber,
      status: messages().areas.planStatus[v.status as 'DRAFT'],
    });
  const kr = (amount: string | null) => (amount === null ? '–' : formatKronor(amount));
  const changeText = t.change;

  return (
    <>
      <PageHeader title={t.title} lead={t.lead} />
      <PlanSubNav slug={association.slug} current="compare" year={b?.year} />
      <form method="get" className="card mb-6 flex flex-wrap items-end gap-4" data-testid="compare-form">
        {(['a', 'b'] as const).map((side) => (
          <div key={side}>
            <label htmlFor={`compare-${side}`} className="block text-sm font-medium">
              {side === 'a' ? t.earlier : t.later}
            </label>
            <select
              id={`compare-${side}`}
              name={side}
              defaultValue={(side === 'a' ? a : b)?.id}
              className="mt-1 rounded-md border border-slate-300 px-3 py-2"
            >
              {versions.map((v) => (
                <option key={v.id} value={v.id}>
                  {label(v)}
                </option>
              ))}
            </select>
          </div>
        ))}
        <Button type="submit" size="lg">
          {t.show}
        </Button>
      </form>

      {!comparison || !a || !b ? (
        <p className="text-slate-600">{t.nothing}</p>
      ) : (
        <div className="flex flex-col gap-10" data-testid="plan-comparison">
          <section aria-labelledby="compare-sections">
            <h2 id="compare-sections" className="mb-3 text-xl font-semibold">
              {t.sections}
            </h2>
            {comparison.sections.filter((s) => s.change !== 'same').length === 0 ? (
              <p className="text-slate-600">{t.noChanges}</p>
            ) : null}
            <div className="flex flex-col gap-4">
              {comparison.sections
                .filter((s) => s.change !== 'same')
                .map((s, i) => (
                  <article key={i} className="card" data-testid="compare-section">
                    <h3 className="mb-2 flex items-center gap-2 font-semibold">
                      {s.title}{' '}
                      <StatusBadge
                        label={changeText[s.change]}
                        tone={s.change === 'removed' ? 'negative' : s.change === 'added' ? 'active' : 'attention'}
                      />
                    </h3>
                    <div className="grid gap-4 md:grid-cols-2">
                      <div>
                        <p className="mb-1 text-xs font-semibold text-slate-500 uppercase">{label(a)}</p>
                        <Diff parts={s.diff} side="before" />
                      </div>
                      <div>
                        <p className="mb-1 text-xs font-semibold text-slate-500 uppercase">{label(b)}</p>
                        <Diff parts={s.diff} side="after" />
                      </div>
                    </div>
                  </article>
                ))}
            </div>
          </section>

          <section aria-labelledby="compare-amounts">
            <h2 id="compare-amounts" className="mb-3 text-xl font-semibold">
              {t.amounts}
            </h2>
            <div className="card overflow-x-auto">
              <table className="data-table" data-testid="compare-lines">
                <caption className="sr-only">{t.amountsCaption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.line}</th>
                    <th scope="col">{t.changeHeader}</th>
                    <th scope="col">{t.year}</th>
                    <th scope="col" className="num">
                      {label(a)}
                    </th>
                    <th scope="col" className="num">
                      {label(b)}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {comparison.lines
                    .filter((l) => l.change !== 'same')
                    .flatMap((l) =>
                      l.years
                        .filter((y) => y.before !== y.after)
                        .map((y, i) => (
                          <tr key={`${l.type}-${l.name}-${y.year}`} data-testid="compare-line">
                            {i === 0 ? (
                              <th scope="row">{l.name}</th>
                            ) : (
                              <td className="text-slate-400" aria-label={l.name} />
                            )}
                            <td>{i === 0 ? changeText[l.change] : ''}</td>
                            <td>{y.year}</td>
                            <td className="num">{kr(y.before)}</td>
                            <td className="num">{kr(y.after)}</td>
                          </tr>
                        )),
                    )}
                </tbody>
              </table>
            </div>
          </section>

          <section aria-labelledby="compare-goals" className="grid gap-6 md:grid-cols-2">
            <div>
              <h2 id="compare-goals" className="mb-3 text-xl font-semibold">
                {t.goals}
              </h2>
              <ChangeList
                added={comparison.goals.added.map((g) => g.text)}
                removed={comparison.goals.removed.map((g) => g.text)}
                testId="compare-goals"
              />
            </div>
            <div>
              <h2 className="mb-3 text-xl font-semibold">{t.interventions}</h2>
              <ChangeList
                added={comparison.interventions.added.map((i) => i.name)}
                removed={comparison.interventions.removed.map((i) => i.name)}
                testId="compare-interventions"
              />
            </div>
          </section>
        </div>
      )}
    </>
  );
}

function ChangeList({ added, removed, testId }: { added: string[]; removed: string[]; testId: string }) {
  const t = messages().planContent.compare;
  if (added.length === 0 && removed.length === 0) return <p className="text-slate-600">{t.noChanges}</p>;
  return (
    <ul className="flex flex-col gap-1" data-testid={testId}>
      {added.map((text) => (
        <li key={`+${text}`}>
          <StatusBadge label={t.change.added} tone="active" /> {text}
        </li>
      ))}
      {removed.map((text) => (
        <li key={`-${text}`}>
          <StatusBadge label={t.change.removed} tone="negative" /> {text}
        </li>
      ))}
    </ul>
  );
}
