import { may, type Action } from '@/domain/authz/permissions';
import type { Role } from '@/domain/authz/roles';
import { messages } from '@/i18n/catalog';
import { NavLink } from './nav-link';

const sections = [
  { key: 'overview', path: '', action: 'association.read' },
  { key: 'tasks', path: '/att-gora', action: 'association.read' },
  { key: 'plan', path: '/plan', action: 'plan.read' },
  { key: 'budget', path: '/budget', action: 'budget.read' },
  { key: 'interventions', path: '/insatser', action: 'plan.read' },
  { key: 'goals', path: '/mal', action: 'plan.read' },
  { key: 'results', path: '/resultat', action: 'reports.read' },
  { key: 'matters', path: '/arenden', action: 'matter.read' },
  { key: 'meetings', path: '/sammantraden', action: 'meeting.read' },
  { key: 'invoices', path: '/fakturor', action: 'invoice.read' },
  { key: 'reports', path: '/rapporter', action: 'reports.read' },
  { key: 'audit', path: '/revision', action: 'auditLog.read' },
  { key: 'settings', path: '/installningar/regler', section: '/installningar', action: 'settings.read' },
  { key: 'about', path: '/om', action: 'association.read' },
] as const satisfies readonly { key: string; path: string; section?: string; action: Action }[];

/** The association's sections; a section the person's roles may not read is left out. */
export function AreaNav({ slug, roles }: { slug: string; roles: readonly Role[] }) {
  const t = messages().shell;
  const base = `/forbund/${encodeURIComponent(slug)}`;
  return (
    <nav aria-label={t.mainNavigation} className="print:hidden">
      <ul className="flex flex-wrap gap-1 lg:flex-col">
        {sections
          .filter((section) => may(roles, section.action))
          .map((section) => (
            <li key={section.key}>
              <NavLink
                href={`${base}${section.path}`}
                exact={section.path === ''}
                section={'section' in section ? `${base}${section.section}` : undefined}
              >
                {t.nav[section.key]}
              </NavLink>
            </li>
          ))}
      </ul>
    </nav>
  );
}
