import { AppHeader } from '@/components/shell/app-header';
import { AreaNav } from '@/components/shell/area-nav';
import { messages } from '@/i18n/catalog';
import { requireAssociationAccess } from '@/server/authz/require-association-access';
import { listMyAssociations } from '@/server/authz/list-my-associations';
import { isSystemAdmin } from '@/server/system/assert-system-admin';

export default async function AssociationLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ slug: string }>;
}) {
  const { slug } = await params;
  const { person, association, roles } = await requireAssociationAccess(slug);
  const myAssociations = await listMyAssociations(person.id);
  const t = messages().shell;
  return (
    <>
      <a
        href="#innehall"
        className="sr-only z-50 rounded-md bg-white px-4 py-2 font-medium shadow focus:not-sr-only focus:absolute focus:top-2 focus:left-2"
      >
        {t.skipToContent}
      </a>
      <AppHeader
        associationName={association.name}
        personName={person.name}
        roles={roles}
        canSwitchAssociation={myAssociations.length > 1}
        systemAdmin={await isSystemAdmin(person.id)}
      />
      <div className="mx-auto flex max-w-7xl flex-col gap-6 px-4 py-6 sm:px-6 lg:flex-row lg:gap-10">
        <aside className="lg:w-56 lg:shrink-0 print:hidden">
          <AreaNav slug={association.slug} roles={roles} />
        </aside>
        <main id="innehall" tabIndex={-1} className="min-w-0 flex-1 focus:outline-none">
          {children}
        </main>
      </div>
    </>
  );
}
