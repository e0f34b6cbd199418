import type { ComponentProps } from 'react';
import ReactMarkdown, { type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { format, messages } from '@/i18n/catalog';

/**
 * Renders a plan text's Markdown (GitHub flavour: tables, lists). Raw HTML in the text is
 * shown as text, never executed (react-markdown's default), so users' texts cannot inject markup.
 */
const ALIGN: Record<string, string> = { left: 'text-left', center: 'text-center', right: 'text-right' };

/** A table cell's GFM alignment as a class: react-markdown gives it as a style attribute, which the CSP refuses (ADR 021). */
function alignedCell(Tag: 'th' | 'td') {
  return function AlignedCell({ style, className, ...rest }: ComponentProps<'td'> & { node?: unknown }) {
    const props = { ...rest };
    delete props.node;
    const align = typeof style?.textAlign === 'string' ? ALIGN[style.textAlign] : undefined;
    return <Tag className={[className, align].filter(Boolean).join(' ') || undefined} {...props} />;
  };
}

const COMPONENTS: Components = { th: alignedCell('th'), td: alignedCell('td') };

/** GFM footnotes' heading and back-links in Swedish (the library's defaults are English). */
function footnoteOptions() {
  const t = messages().common;
  return {
    footnoteLabel: t.footnotes,
    footnoteBackLabel: (referenceIndex: number, rereferenceIndex: number) =>
      format(t.footnoteBack, { n: `${referenceIndex + 1}${rereferenceIndex > 1 ? `-${rereferenceIndex}` : ''}` }),
  };
}

export function MarkdownView({ markdown, className }: { markdown: string; className?: string }) {
  return (
    <div className={['prose-plan', className].filter(Boolean).join(' ')}>
      <ReactMarkdown remarkPlugins={[remarkGfm]} remarkRehypeOptions={footnoteOptions()} components={COMPONENTS}>
        {markdown}
      </ReactMarkdown>
    </div>
  );
}
