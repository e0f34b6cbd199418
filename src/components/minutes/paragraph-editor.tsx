'use client';

import { useState } from 'react';
import { updateParagraphAction } from '@/actions/minutes';
import { messages } from '@/i18n/catalog';
import { LinkFields, type LinkOptions, type Links } from './link-fields';
import { Button } from '@/components/ui/button';
import { FieldError } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { Input } from '@/components/ui/input';
import { Textarea } from '@/components/ui/textarea';
import { useServerAction } from '@/components/ui/use-server-action';

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
  const { busy, message: error, fieldErrors, run } = useServerAction();
  // The version this form edits: the page's, or the fresh one after a stale save.
  const [version, setVersion] = useState(paragraph.version);
  const [title, setTitle] = useState(paragraph.title);
  const [discussion, setDiscussion] = useState(paragraph.discussion);
  const [decisionText, setDecisionText] = useState(paragraph.decisionText);
  const [links, setLinks] = useState<Links>({
    matterId: paragraph.matterId ?? '',
    interventionId: paragraph.interventionId ?? '',
    planId: paragraph.planId ?? '',
  });
  const prefix = `paragraph-${paragraph.id}`;

  // Opening the form starts from the paragraph as the page shows it now (it may have been saved since).
  function startEditing() {
    setVersion(paragraph.version);
    setTitle(paragraph.title);
    setDiscussion(paragraph.discussion);
    setDecisionText(paragraph.decisionText);
    setLinks({
      matterId: paragraph.matterId ?? '',
      interventionId: paragraph.interventionId ?? '',
      planId: paragraph.planId ?? '',
    });
    setOpen(true);
  }

  if (!open) {
    return (
      <Button variant="secondary" onClick={startEditing} data-testid="paragraph-edit">
        {t.edit} <span className="sr-only">§ {paragraph.number}</span>
      </Button>
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
          {
            onSuccess: () => setOpen(false),
            onStale: (fresh) => {
              // Someone saved first: show what they saved; the message asks for the change again.
              const latest = fresh as FreshParagraph;
              setVersion(latest.version);
              setTitle(latest.title);
              setDiscussion(latest.discussion);
              setDecisionText(latest.decisionText);
              setLinks({
                matterId: latest.matterId ?? '',
                interventionId: latest.interventionId ?? '',
                planId: latest.planId ?? '',
              });
            },
          },
        );
      }}
    >
      <div>
        <label htmlFor={`${prefix}-title`} className="text-sm font-medium">
          {t.title}
        </label>
        <Input id={`${prefix}-title`} value={title} onChange={(event) => setTitle(event.target.value)} />
        <FieldError id={`${prefix}-title-error`} error={fieldErrors.title} />
      </div>
      <div>
        <label htmlFor={`${prefix}-discussion`} className="text-sm font-medium">
          {t.discussion}
        </label>
        <Textarea
          id={`${prefix}-discussion`}
          rows={4}
          value={discussion}
          onChange={(event) => setDiscussion(event.target.value)}
        />
        <FieldError id={`${prefix}-discussion-error`} error={fieldErrors.discussion} />
      </div>
      <div>
        <label htmlFor={`${prefix}-decision`} className="text-sm font-medium">
          {t.decisionText}
        </label>
        <Textarea
          id={`${prefix}-decision`}
          rows={2}
          value={decisionText}
          onChange={(event) => setDecisionText(event.target.value)}
        />
        <FieldError id={`${prefix}-decision-error`} error={fieldErrors.decisionText} />
      </div>
      <LinkFields
        idPrefix={prefix}
        options={options}
        value={links}
        onChange={setLinks}
        errors={fieldErrors}
        disabled={paragraph.hasDecision}
      />
      <FormError message={error} testId="paragraph-edit-error" />
      <div className="flex gap-2">
        <Button type="submit" busy={busy} data-testid="paragraph-save">
          {t.save}
        </Button>
        <Button variant="secondary" onClick={() => setOpen(false)}>
          {t.cancel}
        </Button>
      </div>
    </form>
  );
}
