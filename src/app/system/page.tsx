import type { Metadata } from 'next';
import { AccountShell } from '@/components/shell/account-shell';
import { CreateAssociationForm } from '@/components/system/create-association-form';
import { InviteDirectorForm } from '@/components/system/invite-director-form';
import { DataTable, type DataColumn } from '@/components/ui/data-table';
import { PageHeader } from '@/components/ui/page-header';
import { format, messages } from '@/i18n/catalog';
import { listAssociationsForSystem, type SystemAssociationRow } from '@/server/system/page-readers/list-associations';
import { requireSystemAdmin } from '@/server/system/require-system-admin';

export const metadata: Metadata = { title: messages().system.title };

const dateTime = (date: Date) => date.toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });

/**
 * System administration (ADR 029): the associations, each one's director invitation, and creating
 * an association. Nothing of an association's content is read here.
 */
export default async function SystemPage() {
  const person = await requireSystemAdmin('/system');
  const rows = await listAssociationsForSystem();
  const { system: t } = messages();
  const a = t.associations;
  const directorText = (status: SystemAssociationRow['director']) => {
    switch (status.kind) {
      case 'NONE':
        return t.directorStatus.NONE;
      case 'INVITED':
        return format(t.directorStatus.INVITED, { email: status.email, expires: dateTime(status.expiresAt) });
      case 'EXPIRED':
        return format(t.directorStatus.EXPIRED, { email: status.email });
      case 'ACCEPTED':
        return format(t.directorStatus.ACCEPTED, { name: status.name, email: status.email });
    }
  };
  const columns: DataColumn<SystemAssociationRow>[] = [
    { header: a.name, cell: (row) => row.name, rowHeader: true },
    { header: a.slug, cell: (row) => <code>{row.slug}</code> },
    { header: a.orgNumber, cell: (row) => row.orgNumber ?? a.noOrgNumber },
    { header: a.created, cell: (row) => dateTime(row.createdAt) },
    { header: a.people, cell: (row) => row.people, numeric: true },
    {
      header: a.director,
      cell: (row) => (
        <div className="grid gap-2" data-testid={`director-status-${row.slug}`}>
          <span>{directorText(row.director)}</span>
          {row.director.kind === 'ACCEPTED' ? null : (
            <details>
              <summary className="cursor-pointer text-sm font-medium text-accent-800">
                {row.director.kind === 'NONE' ? t.inviteDirector.open : t.inviteDirector.resend}
              </summary>
              <div className="mt-2">
                <InviteDirectorForm associationId={row.id} slug={row.slug} />
              </div>
            </details>
          )}
        </div>
      ),
    },
  ];
  return (
    <AccountShell personName={person.name} home="/" width="wide">
      <PageHeader title={t.title} lead={t.intro} />
      <section aria-labelledby="associations-title" className="grid gap-3">
        <h2 id="associations-title" className="text-lg font-semibold">
          {a.title}
        </h2>
        <DataTable
          caption={a.title}
          columns={columns}
          rows={rows}
          rowKey={(row) => row.id}
          testId="system-associations"
          rowTestId="system-association"
          empty={{ title: a.title, body: a.none, testId: 'no-associations' }}
        />
      </section>
      <CreateAssociationForm />
    </AccountShell>
  );
}
