import ReactMarkdown from 'react-markdown';
import remarkGfm from 'remark-gfm';

/**
 * Renders a plan text's Markdown (GitHub flavour: tables, lists). Raw HTML in the text is
 * shown as text, never executed (react-markdown's default), so users' texts cannot inject markup.
 */
export function MarkdownView({ markdown, className }: { markdown: string; className?: string }) {
  return (
    <div className={['prose-plan', className].filter(Boolean).join(' ')}>
      <ReactMarkdown remarkPlugins={[remarkGfm]}>{markdown}</ReactMarkdown>
    </div>
  );
}
