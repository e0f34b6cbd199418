'use client';

import { hasBlockingErrors, type BudgetAnalysis } from '@/domain/budget/analyze-budget';
import type { CostShareKey } from '@/domain/budget/cost-distribution';
import { formatKronor, type Kronor } from '@/domain/money/kronor';
import { format, messages } from '@/i18n/catalog';

const SHARES: readonly CostShareKey[] = ['individual', 'structural', 'administration', 'new'];

function amount(value: Kronor): string {
  return formatKronor(value, { unit: false });
}

/** One decimal, sv-SE comma: 74,3 %. */
function percent(value: Kronor): string {
  return format(messages().budgetEditor.rules.share, { value: value.toFixed(1).replace('.', ',') });
}

/** A titled rules section around its year table: heading `rules-<name>-heading`, table `rules-<name>`. */
function RulesSection({
  name,
  title,
  caption,
  years,
  children,
}: {
  name: string;
  title: string;
  caption: string;
  years: readonly number[];
  children: React.ReactNode;
}) {
  return (
    <section aria-labelledby={`rules-${name}-heading`}>
      <h3 id={`rules-${name}-heading`} className="font-semibold">
        {title}
      </h3>
      <YearTable caption={caption} years={years} testId={`rules-${name}`}>
        {children}
      </YearTable>
    </section>
  );
}

function YearTable({
  caption,
  years,
  children,
  testId,
}: {
  caption: string;
  years: readonly number[];
  children: React.ReactNode;
  testId: string;
}) {
  return (
    <div className="overflow-x-auto">
      <table className="data-table" data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">
              <span className="sr-only">{messages().budgetEditor.rules.year}</span>
            </th>
            {years.map((year) => (
              <th key={year} scope="col" className="num">
                {year}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

function Findings({ analysis }: { analysis: BudgetAnalysis }) {
  const t = messages().budgetEditor.rules;
  const ordered = [...analysis.findings].sort((a, b) =>
    a.severity === b.severity ? a.year - b.year : a.severity === 'error' ? -1 : 1,
  );
  return (
    <section aria-labelledby="rules-findings-heading">
      <h3 id="rules-findings-heading" className="font-semibold">
        {t.findings}
      </h3>
      <div aria-live="polite" data-testid="rules-findings">
        {ordered.length === 0 ? (
          <p className="mt-2 text-sm text-accent-800">{t.noFindings}</p>
        ) : (
          <>
            {hasBlockingErrors(analysis) ? (
              <p className="mt-2 text-sm font-semibold text-red-800">{t.blocking}</p>
            ) : null}
            <ul className="mt-2 flex flex-col gap-1.5 text-sm">
              {ordered.map((finding, index) => (
                <li
                  key={`${finding.rule}-${finding.year}-${index}`}
                  data-testid="rules-finding"
                  data-severity={finding.severity}
                  data-rule={finding.rule}
                  className={`rounded border-l-4 px-3 py-1.5 ${finding.severity === 'error' ? 'border-red-600 bg-red-50 text-red-950' : 'border-amber-500 bg-amber-50 text-amber-950'}`}
                >
                  <span className="font-semibold">{finding.severity === 'error' ? t.error : t.warning}: </span>
                  {finding.message}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </section>
  );
}

function FundingSplit({ analysis }: { analysis: BudgetAnalysis }) {
  const t = messages().budgetEditor.rules;
  const members = analysis.fundingSplit.years[0]?.members ?? [];
  if (members.length === 0) return null;
  return (
    <RulesSection name="funding" title={t.fundingTitle} caption={t.fundingCaption} years={analysis.years}>
      {members.map((member) => (
        <tr key={member.memberId}>
          <th scope="row" className="font-normal">
            {member.memberName}
          </th>
          {analysis.fundingSplit.years.map((year) => {
            const check = year.members.find((m) => m.memberId === member.memberId);
            if (!check) return <td key={year.year} />;
            return (
              <td
                key={year.year}
                className={`num ${check.holds ? '' : 'bg-red-50 text-red-900'}`}
                data-testid={`rules-funding-${member.kind}-${year.year}`}
              >
                {amount(check.actual)}
                {check.expected && !check.holds ? (
                  <span className="block text-xs">{format(t.expectedShort, { amount: amount(check.expected) })}</span>
                ) : null}
                <span className="sr-only">, {check.holds ? t.holds : t.breaks}</span>
              </td>
            );
          })}
        </tr>
      ))}
    </RulesSection>
  );
}

function Equity({ analysis }: { analysis: BudgetAnalysis }) {
  const t = messages().budgetEditor.rules;
  const row = (label: string, key: 'openingEquity' | 'closingEquity' | 'floor' | 'cap') => (
    <tr key={key}>
      <th scope="row" className="font-normal">
        {label}
      </th>
      {analysis.equity.map((year) => {
        const flagged = (key === 'openingEquity' && year.overCap) || (key === 'closingEquity' && year.belowFloor);
        return (
          <td
            key={year.year}
            className={`num ${flagged ? 'bg-amber-50 font-semibold text-amber-950' : ''}`}
            data-testid={`rules-equity-${key}-${year.year}`}
          >
            {amount(year[key])}
            {flagged ? <span className="sr-only">, {key === 'openingEquity' ? t.overCap : t.belowFloor}</span> : null}
          </td>
        );
      })}
    </tr>
  );
  return (
    <RulesSection name="equity" title={t.equityTitle} caption={t.equityCaption} years={analysis.years}>
      {row(t.opening, 'openingEquity')}
      {row(t.closing, 'closingEquity')}
      {row(t.floor, 'floor')}
      {row(t.cap, 'cap')}
    </RulesSection>
  );
}

function Distribution({ analysis }: { analysis: BudgetAnalysis }) {
  const t = messages().budgetEditor.rules;
  const shares = messages().budgetRules.costShares;
  return (
    <RulesSection
      name="distribution"
      title={t.distributionTitle}
      caption={t.distributionCaption}
      years={analysis.years}
    >
      {SHARES.map((key) => (
        <tr key={key}>
          <th scope="row" className="font-normal">
            {shares[key]}
          </th>
          {analysis.costDistribution.map((year) => (
            <td key={year.year} className="num" data-testid={`rules-distribution-${key}-${year.year}`}>
              {year.percents ? percent(year.percents[key]) : '–'}
            </td>
          ))}
        </tr>
      ))}
    </RulesSection>
  );
}

function RoomForNew({ analysis }: { analysis: BudgetAnalysis }) {
  const t = messages().budgetEditor.rules;
  const row = (label: string, key: 'room' | 'budgeted' | 'unallocated') => (
    <tr key={key}>
      <th scope="row" className="font-normal">
        {label}
      </th>
      {analysis.roomForNew.map((year) => (
        <td
          key={year.year}
          className={`num ${year[key].isNegative() ? 'text-red-800' : ''}`}
          data-testid={`rules-room-${key}-${year.year}`}
        >
          {amount(year[key])}
        </td>
      ))}
    </tr>
  );
  return (
    <RulesSection name="room" title={messages().budgetRules.roomForNew} caption={t.roomCaption} years={analysis.years}>
      {row(t.room, 'room')}
      {row(t.budgetedNew, 'budgeted')}
      {row(t.unallocated, 'unallocated')}
    </RulesSection>
  );
}

/** The budget rules as the editor's numbers stand now: findings first, then the figures behind them. */
export function RulesPanel({ analysis }: { analysis: BudgetAnalysis }) {
  const t = messages().budgetEditor.rules;
  return (
    <section aria-labelledby="rules-panel-heading" className="card mt-6 flex flex-col gap-6" data-testid="rules-panel">
      <h2 id="rules-panel-heading" className="text-lg font-semibold">
        {t.title}
      </h2>
      <Findings analysis={analysis} />
      <div className="flex flex-col gap-6">
        <FundingSplit analysis={analysis} />
        <Equity analysis={analysis} />
        <Distribution analysis={analysis} />
        <RoomForNew analysis={analysis} />
      </div>
    </section>
  );
}
