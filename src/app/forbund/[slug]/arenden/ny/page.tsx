import type { Metadata } from 'next';
import Link from 'next/link';
import { RaiseMatterForm } from '@/components/governance/raise-matter-form';
import { PageHeader } from '@/components/ui/page-header';
import { messages } from '@/i18n/catalog';
import { requireAssociationAccess } from '@/server/authz/require-association-access';
import { getMatterFormOptions } from '@/server/matter/get-matter';

export const metadata: Metadata = { title: messages().governance.matters.newTitle };

export default async function NewMatterPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { association, person } = await requireAssociationAccess(slug, 'matter.raise');
  const { members, anyMember } = await getMatterFormOptions(association.id, { personId: person.id });
  const t = messages().governance.matters;
  return (
    <>
      <PageHeader title={t.newTitle}>
        <Link href={`/forbund/${encodeURIComponent(slug)}/arenden`} className="text-sm text-accent-800 hover:underline">
          {t.backToList}
        </Link>
      </PageHeader>
      <RaiseMatterForm slug={slug} members={members} anyMember={anyMember} />
    </>
  );
}
