'use client';

import { useState } from 'react';
import { updateParagraphAction } from '@/actions/minutes';
import { messages } from '@/i18n/catalog';
import { LinkFields, type LinkOptions, type Links } from './link-fields';
import { FieldError, FormError, inputClass, primaryButton, secondaryButton, useMinutesAction } from './use-minutes-action';

export interface EditableParagraph {
  id: string;
  number: number;
  version: number;
  title: string;
  discussion: string;
  decisionText: string;
  matterId: string | null;
  interventionId: string | null;
  planId: string | null;
  hasDecision: boolean;
}

/** What a stale save returns (src/server/minutes/update-paragraph.ts). */
type FreshParagraph = Omit<EditableParagraph, 'id' | 'number' | 'hasDecision'>;

interface Props {
  slug: string;
  paragraph: EditableParagraph;
  options: LinkOptions;
}

/** Edits a paragraph's title, discussion, decision text and links, at the version shown. */
export function ParagraphEditor({ slug, paragraph, options }: Props) {
  const t = messages().minutes.form;
  const [open, setOpen] = useState(false);
  const { busy, error, fieldErrors, run } = useMinutesAction();
  // The version this form edits: the page's, or the fresh one after a stale save.
  const [version, setVersion] = useState(paragraph.version);
  const [title, setTitle] = useState(paragraph.title);
  const [discussion, setDiscussion] = useState(paragraph.discussion);
  const [decisionText, setDecisionText] = useState(paragraph.decisionText);
  const [links, setLinks] = useState<Links>({ matterId: paragraph.matterId ?? '', interventionId: paragraph.interventionId ?? '', planId: paragraph.planId ?? '' });
  const prefix = `paragraph-${paragraph.id}`;

  // Opening the form starts from the paragraph as the page shows it now (it may have been saved since).
  function startEditing() {
    setVersion(paragraph.version);
    setTitle(paragraph.title);
    setDiscussion(paragraph.discussion);
    setDecisionText(paragraph.decisionText);
    setLinks({ matterId: paragraph.matterId ?? '', interventionId: paragraph.interventionId ?? '', planId: paragraph.planId ?? '' });
    setOpen(true);
  }

  if (!open) {
    return (
      <button type="button" className={secondaryButton} onClick={startEditing} data-testid="paragraph-edit">
        {t.edit} <span className="sr-only">§ {paragraph.number}</span>
      </button>
    );
  }
  return (
    <form
      className="mt-3 grid gap-3 rounded border border-slate-200 bg-slate-50 p-3"
      data-testid="paragraph-edit-form"
      onSubmit={(event) => {
        event.preventDefault();
        void run(
          () =>
            updateParagraphAction(slug, {
              paragraphId: paragraph.id,
              version,
              title,
              discussion,
              decisionText,
              matterId: links.matterId || null,
              interventionId: links.interventionId || null,
              planId: links.planId || null,
            }),
          () => setOpen(false),
          (fresh) => {
            // Someone saved first: show what they saved; the message asks for the change again.
            const latest = fresh as FreshParagraph;
            setVersion(latest.version);
            setTitle(latest.title);
            setDiscussion(latest.discussion);
            setDecisionText(latest.decisionText);
            setLinks({ matterId: latest.matterId ?? '', interventionId: latest.interventionId ?? '', planId: latest.planId ?? '' });
          },
        );
      }}
    >
      <div>
        <label htmlFor={`${prefix}-title`} className="text-sm font-medium">
          {t.title}
        </label>
        <input id={`${prefix}-title`} className={inputClass} value={title} onChange={(event) => setTitle(event.target.value)} />
        <FieldError id={`${prefix}-title-error`} message={fieldErrors.title} />
      </div>
      <div>
        <label htmlFor={`${prefix}-discussion`} className="text-sm font-medium">
          {t.discussion}
        </label>
        <textarea id={`${prefix}-discussion`} rows={4} className={inputClass} value={discussion} onChange={(event) => setDiscussion(event.target.value)} />
        <FieldError id={`${prefix}-discussion-error`} message={fieldErrors.discussion} />
      </div>
      <div>
        <label htmlFor={`${prefix}-decision`} className="text-sm font-medium">
          {t.decisionText}
        </label>
        <textarea id={`${prefix}-decision`} rows={2} className={inputClass} value={decisionText} onChange={(event) => setDecisionText(event.target.value)} />
        <FieldError id={`${prefix}-decision-error`} message={fieldErrors.decisionText} />
      </div>
      <LinkFields idPrefix={prefix} options={options} value={links} onChange={setLinks} errors={fieldErrors} disabled={paragraph.hasDecision} />
      <FormError message={error} testId="paragraph-edit-error" />
      <div className="flex gap-2">
        <button type="submit" disabled={busy} className={primaryButton} data-testid="paragraph-save">
          {t.save}
        </button>
        <button type="button" className={secondaryButton} onClick={() => setOpen(false)}>
          {t.cancel}
        </button>
      </div>
    </form>
  );
}
