import { MarkdownView } from '@/components/markdown/markdown-view';
import { formatKronor, type Kronor } from '@/domain/money/kronor';
import type { BudgetTable } from '@/domain/plan-document/budget-tables';
import type {
  DocumentIntervention,
  DocumentPart,
  DocumentSection,
  PlanDocument,
} from '@/domain/plan-document/plan-document';
import { format, messages } from '@/i18n/catalog';
import { formatPeriod } from '@/i18n/dates';

const amount = (value: Kronor | null) => (value === null ? '' : formatKronor(value));

function Heading({ section }: { section: DocumentSection }) {
  const text = (
    <>
      <span className="mr-1 tabular-nums">{section.number}</span> {section.title}
    </>
  );
  const id = `${section.anchor}-rubrik`;
  if (section.level === 1)
    return (
      <h2 id={id} className="text-xl font-bold tracking-tight">
        {text}
      </h2>
    );
  if (section.level === 2)
    return (
      <h3 id={id} className="text-lg font-semibold">
        {text}
      </h3>
    );
  return (
    <h4 id={id} className="text-base font-semibold">
      {text}
    </h4>
  );
}

export function BudgetTableView({ table, testId }: { table: BudgetTable; testId?: string }) {
  return (
    <div className="mt-4 overflow-x-auto">
      <table className="data-table plan-document-table" data-testid={testId}>
        <caption className="mb-1 text-left font-semibold">{table.title}</caption>
        <thead>
          <tr>
            <th scope="col">
              <span className="sr-only">{table.caption}</span>
            </th>
            {table.columns.map((column) => (
              <th key={column.year} scope="col" className="num">
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, i) =>
            row.kind === 'heading' ? (
              <tr key={i} className="category-heading">
                <th scope="colgroup" colSpan={table.columns.length + 1}>
                  {row.label}
                </th>
              </tr>
            ) : (
              <tr key={i} className={row.kind === 'line' ? undefined : row.kind}>
                <th scope="row" className={row.kind === 'line' ? 'font-normal' : undefined}>
                  {row.label}
                  {row.marker ? <sup>{row.marker}</sup> : null}
                </th>
                {row.amounts.map((value, j) => (
                  <td key={j} className="num whitespace-nowrap">
                    {amount(value)}
                  </td>
                ))}
              </tr>
            ),
          )}
        </tbody>
      </table>
      {table.notes.length > 0 ? (
        <ul className="mt-1 text-sm text-slate-600">
          {table.notes.map((note) => (
            <li key={note.marker}>
              {note.marker} {note.text}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function InterventionView({ intervention }: { intervention: DocumentIntervention }) {
  const t = messages().planDocument;
  const areas = messages().areas;
  return (
    <div className="mt-2" data-testid="document-intervention">
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-semibold">{t.interventionStatus}</dt>
        <dd>{areas.interventionStatus[intervention.status]}</dd>
        <dt className="font-semibold">{t.period}</dt>
        <dd>
          {formatPeriod(intervention.startDate, intervention.endDate, {
            periodOpen: t.periodOpen,
            periodUntil: t.periodUntil,
            notSet: t.notSet,
          })}
        </dd>
        <dt className="font-semibold">{t.responsible}</dt>
        <dd>{intervention.responsibleMembers.join(', ') || t.notSet}</dd>
        <dt className="font-semibold">{t.targetGroups}</dt>
        <dd>{intervention.targetGroups.join(', ') || t.notSet}</dd>
      </dl>
      {intervention.description ? <MarkdownView markdown={intervention.description} className="mt-3" /> : null}
      {intervention.implementationPlan ? (
        <>
          <p className="mt-3 font-semibold">{t.implementationPlan}</p>
          <MarkdownView markdown={intervention.implementationPlan} />
        </>
      ) : null}
      {intervention.budget ? (
        <BudgetTableView
          table={{
            key: 'costs',
            title: t.interventionBudget,
            caption: format(t.interventionBudgetCaption, { name: intervention.name }),
            columns: intervention.budget.columns,
            rows: [{ kind: 'line', label: intervention.name, marker: '', amounts: intervention.budget.amounts }],
            notes: [],
          }}
        />
      ) : (
        <p className="mt-3 text-sm text-slate-600 italic">{t.noBudgetLine}</p>
      )}
    </div>
  );
}

function Part({ part }: { part: DocumentPart }) {
  const t = messages().planDocument;
  switch (part.kind) {
    case 'budget':
      return (
        <div data-testid="document-budget">
          {part.tables.map((table) => (
            <BudgetTableView key={table.key} table={table} testId={`document-budget-${table.key}`} />
          ))}
        </div>
      );
    case 'goals':
      return (
        <ol className="mt-2 list-decimal space-y-2 pl-6" data-testid={`document-goals-${part.level.toLowerCase()}`}>
          {part.goals.map((goal) => (
            <li key={goal.id}>
              <p>{goal.text}</p>
              {goal.target ? <p className="text-sm text-slate-600">{goal.target}</p> : null}
              {goal.indicator ? (
                <p className="text-sm text-slate-600">{format(t.indicator, { indicator: goal.indicator })}</p>
              ) : null}
            </li>
          ))}
        </ol>
      );
    case 'intervention':
      return <InterventionView intervention={part.intervention} />;
    case 'empty':
      return <p className="mt-2 text-slate-600 italic">{part.text}</p>;
  }
}

/** Indentation per heading level as classes (the CSP allows no style attributes, ADR 021). */
const TOC_INDENT = ['font-semibold', 'pl-5', 'pl-10', 'pl-15'];

/** The plan as one readable, printable document (the same model as the PDF). */
export function PlanDocumentView({ document }: { document: PlanDocument }) {
  const t = messages().planDocument;
  return (
    <article className="plan-document" aria-labelledby="plan-document-title">
      <nav aria-labelledby="plan-document-contents" className="plan-document-toc card mb-8">
        <h2 id="plan-document-contents" className="text-lg font-semibold">
          {t.contents}
        </h2>
        <ol className="mt-2 space-y-0.5" data-testid="document-toc">
          {document.toc.map((entry) => (
            <li key={entry.anchor} className={TOC_INDENT[Math.min(entry.level, TOC_INDENT.length) - 1]}>
              <a href={`#${entry.anchor}`} className="hover:underline">
                <span className="mr-1 tabular-nums">{entry.number}</span> {entry.title}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      {document.sections.map((section) => (
        <section
          key={section.anchor}
          id={section.anchor}
          aria-labelledby={`${section.anchor}-rubrik`}
          className={section.level === 1 ? 'plan-document-chapter mt-10' : 'mt-6'}
          data-testid="document-section"
        >
          <Heading section={section} />
          {section.bodyMarkdown ? <MarkdownView markdown={section.bodyMarkdown} className="mt-2 max-w-prose" /> : null}
          {section.parts.map((part, i) => (
            <Part key={i} part={part} />
          ))}
        </section>
      ))}
    </article>
  );
}
