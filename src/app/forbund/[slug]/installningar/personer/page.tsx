import type { Metadata } from 'next';
import { InvitePersonForm } from '@/components/people/invite-person-form';
import { InvitationActions, PersonAccessActions } from '@/components/people/people-row-actions';
import { DataTable } from '@/components/ui/data-table';
import { PageHeader } from '@/components/ui/page-header';
import { StatusBadge } from '@/components/ui/status-badge';
import { messages } from '@/i18n/catalog';
import { formatDate, formatDateTime } from '@/i18n/dates';
import { requireAssociationAccess } from '@/server/authz/require-association-access';
import { getMailMode } from '@/server/mail/page-readers/get-mail-mode';
import { listAssociationPeople } from '@/server/people/page-readers/list-association-people';
import { SettingsNav } from '../_components/settings-nav';

export const metadata: Metadata = { title: messages().people.settings.title };

/** The office's people page: who holds which role and term here, open invitations, the invite form. */
export default async function PeoplePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { association, roles, person: me } = await requireAssociationAccess(slug, 'people.manage');
  const [{ people, pending, members }, mailMode] = await Promise.all([
    listAssociationPeople(association.id),
    getMailMode(),
  ]);
  const { people: texts, roles: roleLabels } = messages();
  const t = texts.settings;
  const statusLabel = { current: t.current, ended: t.ended, upcoming: t.upcoming } as const;
  return (
    <>
      <PageHeader title={t.title} lead={t.intro} />
      <SettingsNav slug={slug} roles={roles} current="personer" mailMode={mailMode} />
      <div className="grid gap-8">
        <section aria-labelledby="people-heading">
          <h2 id="people-heading" className="mb-2 text-lg font-semibold">
            {t.peopleHeading}
          </h2>
          <DataTable
            caption={t.peopleHeading}
            rows={people}
            rowKey={(row) => row.personId}
            testId="people-table"
            rowTestId="person-row"
            empty={{ title: t.peopleHeading, body: t.noPeople }}
            columns={[
              { header: t.columns.name, rowHeader: true, cell: (row) => row.name },
              { header: t.columns.email, cell: (row) => row.email },
              {
                header: t.columns.roles,
                cell: (row) => (
                  <ul className="grid gap-1">
                    {row.roles.map((role) => (
                      <li key={role.role} data-testid={`person-role-${role.status}`}>
                        {roleLabels[role.role]}
                        {role.memberName ? ` (${role.memberName})` : ''}
                        {`, ${role.validFrom ? formatDate(role.validFrom) : t.fromOpen} – ${role.validTo ? formatDate(role.validTo) : t.openEnded} `}
                        <StatusBadge
                          tone={role.status === 'current' ? 'active' : role.status === 'upcoming' ? 'info' : 'neutral'}
                          label={statusLabel[role.status]}
                        />
                      </li>
                    ))}
                  </ul>
                ),
              },
              {
                header: t.columns.status,
                cell: (row) =>
                  row.deactivated ? (
                    <StatusBadge tone="negative" label={t.deactivatedBadge} />
                  ) : row.invited ? (
                    <StatusBadge tone="attention" label={t.invitedNoPassword} />
                  ) : null,
              },
              {
                header: t.columns.actions,
                cell: (row) =>
                  row.personId === me.id ? null : (
                    <PersonAccessActions
                      slug={slug}
                      personId={row.personId}
                      version={row.version}
                      name={row.name}
                      hasAccess={row.hasAccess}
                      canReactivate={!row.hasAccess}
                    />
                  ),
              },
            ]}
          />
        </section>
        <section aria-labelledby="pending-heading">
          <h2 id="pending-heading" className="mb-2 text-lg font-semibold">
            {t.pendingHeading}
          </h2>
          <DataTable
            caption={t.pendingHeading}
            rows={pending}
            rowKey={(row) => row.invitationId}
            testId="pending-invitations"
            rowTestId="pending-invitation"
            empty={{ title: t.pendingHeading, body: t.noPending, testId: 'no-pending-invitations' }}
            columns={[
              { header: t.invitationColumns.who, rowHeader: true, cell: (row) => `${row.name} <${row.email}>` },
              { header: t.invitationColumns.roles, cell: (row) => row.roles.join('; ') },
              {
                header: t.invitationColumns.expires,
                cell: (row) => (
                  <>
                    {formatDateTime(row.expiresAt)}{' '}
                    {row.expired ? <StatusBadge tone="negative" label={t.expired} /> : null}
                  </>
                ),
              },
              {
                header: t.invitationColumns.actions,
                cell: (row) => (
                  <InvitationActions
                    slug={slug}
                    invitationId={row.invitationId}
                    version={row.version}
                    email={row.email}
                  />
                ),
              },
            ]}
          />
        </section>
        <InvitePersonForm slug={slug} members={members} />
      </div>
    </>
  );
}
