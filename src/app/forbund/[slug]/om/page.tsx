import type { Metadata } from 'next';
import { PageHeader } from '@/components/ui/page-header';
import { messages } from '@/i18n/catalog';
import { requireAssociationAccess } from '@/server/authz/require-association-access';

export const metadata: Metadata = { title: messages().about.title };

/**
 * Om Samplan: static help text in the association's shell. It reads no data of its own (the
 * layout's session and membership check only), so the benchmark uses it as its bare page.
 */
export default async function AboutPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  await requireAssociationAccess(slug);
  const t = messages().about;
  return (
    <>
      <PageHeader title={t.title} lead={t.lead} />
      <div className="max-w-prose space-y-6" data-testid="about">
        {t.sections.map((section, index) => (
          <section key={section.heading} aria-labelledby={`om-${index + 1}`}>
            <h2 id={`om-${index + 1}`} className="text-lg font-semibold">
              {section.heading}
            </h2>
            {section.paragraphs.map((paragraph) => (
              <p key={paragraph} className="mt-2 text-slate-700">
                {paragraph}
              </p>
            ))}
          </section>
        ))}
        <p className="text-sm text-slate-600">{t.contact}</p>
      </div>
    </>
  );
}
