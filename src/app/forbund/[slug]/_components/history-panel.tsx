/**
 * A server component, so it lives with the pages: it reads the entity's history itself
 * (getEntityHistory checks `audit.read`), which components under src/components may not.
 */
import Link from 'next/link';
import { format, messages } from '@/i18n/catalog';
import { formatDateTime } from '@/i18n/dates';
import { getSessionPerson } from '@/server/auth/get-session-person';
import { getEntityHistory, type HistoryEntityType, type HistoryEntry } from '@/server/history/get-entity-history';
import { AuthorizationError } from '@/server/kernel/authorization-error';
import { describeAction, fieldLabel, formatAuditValue } from '@/components/audit/format-audit-value';

export interface HistoryPanelProps {
  /** The association the entity belongs to (what requireAssociationAccess returns). */
  association: { id: string; slug: string };
  entityType: HistoryEntityType;
  entityId: string;
  /** Open from the start (e.g. on a page that is only the history). */
  open?: boolean;
  limit?: number;
}

function Changes({ entry }: { entry: HistoryEntry }) {
  const t = messages().auditHistory;
  if (entry.changes.length === 0) return <span className="text-slate-500">{t.noChangedFields}</span>;
  return (
    <ul className="grid gap-0.5">
      {entry.changes.map(({ field, before, after }) => (
        <li key={field}>
          <span className="text-slate-600">{fieldLabel(field)}:</span>{' '}
          {before !== undefined && after !== undefined ? (
            <>
              <del className="text-slate-500">{formatAuditValue(field, before)}</del> →{' '}
              <ins className="no-underline">{formatAuditValue(field, after)}</ins>
            </>
          ) : before !== undefined ? (
            <del className="text-slate-500">{formatAuditValue(field, before)}</del>
          ) : (
            <ins className="no-underline">{formatAuditValue(field, after)}</ins>
          )}
        </li>
      ))}
    </ul>
  );
}

/**
 * "Historik": the audit entries of a plan, budget line, intervention, matter, meeting or invoice,
 * newest first: when, who, what, and each changed field before → after. A server component; it
 * shows nothing to someone who may not read the entity. Drop-in:
 * `<HistoryPanel association={association} entityType="Matter" entityId={matter.id} />`.
 */
export async function HistoryPanel({ association, entityType, entityId, open = false, limit }: HistoryPanelProps) {
  const person = await getSessionPerson();
  if (!person) return null;
  let history;
  try {
    history = await getEntityHistory(
      { associationId: association.id, entityType, entityId, limit },
      { personId: person.id },
    );
  } catch (error) {
    if (error instanceof AuthorizationError) return null;
    throw error;
  }
  const t = messages().auditHistory;
  const lineHref = (id: string) =>
    `/forbund/${encodeURIComponent(association.slug)}/budget/rad/${encodeURIComponent(id)}`;

  return (
    <details className="card mt-6" data-testid="history-panel" open={open}>
      <summary className="cursor-pointer text-lg font-semibold">
        {format(t.summary, { count: history.entries.length })}
      </summary>
      <p className="mt-1 text-sm text-slate-600">{t.lead}</p>
      {history.entries.length === 0 ? (
        <p className="mt-3 text-sm text-slate-600">{t.empty}</p>
      ) : (
        <div className="mt-3 overflow-x-auto">
          <table className="data-table" data-testid="history-entries">
            <caption className="sr-only">{t.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.when}</th>
                <th scope="col">{t.who}</th>
                <th scope="col">{t.what}</th>
                <th scope="col">{t.changes}</th>
              </tr>
            </thead>
            <tbody>
              {history.entries.map((entry) => (
                <tr key={entry.id} data-testid="history-entry">
                  <td className="whitespace-nowrap">{formatDateTime(entry.at)}</td>
                  <td>{entry.personName ?? t.unknownPerson}</td>
                  <td>
                    <span data-testid="history-action">{describeAction(entry.action, entry.context)}</span>
                    {!entry.own && entry.entityLabel ? (
                      <span className="block text-sm">
                        {entry.entityType === 'BudgetLine' && entry.entityId ? (
                          <Link href={lineHref(entry.entityId)} className="text-accent-800 underline">
                            {entry.entityLabel}
                          </Link>
                        ) : (
                          entry.entityLabel
                        )}
                      </span>
                    ) : null}
                  </td>
                  <td className="text-sm">
                    <Changes entry={entry} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {history.truncated ? (
            <p className="mt-2 text-sm text-slate-600">{format(t.truncated, { count: history.entries.length })}</p>
          ) : null}
        </div>
      )}
    </details>
  );
}
