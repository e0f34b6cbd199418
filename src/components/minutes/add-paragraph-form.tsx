'use client';

import { useState } from 'react';
import { addParagraphAction } from '@/actions/minutes';
import { messages } from '@/i18n/catalog';
import { LinkFields, type LinkOptions, type Links } from './link-fields';
import { Button } from '@/components/ui/button';
import { FieldError } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { Textarea } from '@/components/ui/textarea';
import { useServerAction } from '@/components/ui/use-server-action';

interface Props {
  slug: string;
  meetingId: string;
  agendaItems: { id: string; title: string; hasParagraph: boolean }[];
  options: LinkOptions;
}

const noLinks: Links = { matterId: '', interventionId: '', planId: '' };

/** Adds a § from an agenda item (title and matter follow the item) or a free one. */
export function AddParagraphForm({ slug, meetingId, agendaItems, options }: Props) {
  const t = messages().minutes.form;
  const { busy, message: error, fieldErrors, run } = useServerAction();
  const firstOpen = agendaItems.find((item) => !item.hasParagraph);
  const [agendaItemId, setAgendaItemId] = useState(firstOpen?.id ?? '');
  const [title, setTitle] = useState('');
  const [discussion, setDiscussion] = useState('');
  const [links, setLinks] = useState<Links>(noLinks);

  return (
    <form
      className="card grid gap-3"
      aria-labelledby="add-paragraph-title"
      data-testid="add-paragraph-form"
      onSubmit={(event) => {
        event.preventDefault();
        void run(
          () =>
            addParagraphAction(slug, {
              meetingId,
              agendaItemId: agendaItemId || null,
              title,
              discussion,
              matterId: links.matterId || null,
              interventionId: links.interventionId || null,
              planId: links.planId || null,
            }),
          () => {
            setTitle('');
            setDiscussion('');
            setLinks(noLinks);
            const next = agendaItems.find((item) => !item.hasParagraph && item.id !== agendaItemId);
            setAgendaItemId(next?.id ?? '');
          },
        );
      }}
    >
      <h2 id="add-paragraph-title" className="text-lg font-semibold">
        {t.addTitle}
      </h2>
      <div>
        <label htmlFor="add-paragraph-agenda" className="text-sm font-medium">
          {t.fromAgenda}
        </label>
        <Select
          id="add-paragraph-agenda"
          value={agendaItemId}
          onChange={(event) => setAgendaItemId(event.target.value)}
        >
          <option value="">{t.freeParagraph}</option>
          {agendaItems.map((item) => (
            <option key={item.id} value={item.id}>
              {item.title}
              {item.hasParagraph ? ' ✓' : ''}
            </option>
          ))}
        </Select>
        <FieldError id="add-paragraph-agenda-error" error={fieldErrors.agendaItemId} />
      </div>
      <div>
        <label htmlFor="add-paragraph-title-input" className="text-sm font-medium">
          {t.title}
        </label>
        <Input
          id="add-paragraph-title-input"
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          aria-describedby={fieldErrors.title ? 'add-paragraph-title-error' : undefined}
        />
        <FieldError id="add-paragraph-title-error" error={fieldErrors.title} />
      </div>
      <div>
        <label htmlFor="add-paragraph-discussion" className="text-sm font-medium">
          {t.discussion}
        </label>
        <Textarea
          id="add-paragraph-discussion"
          rows={3}
          value={discussion}
          onChange={(event) => setDiscussion(event.target.value)}
        />
        <FieldError id="add-paragraph-discussion-error" error={fieldErrors.discussion} />
      </div>
      {agendaItemId ? null : (
        <LinkFields idPrefix="add-paragraph" options={options} value={links} onChange={setLinks} errors={fieldErrors} />
      )}
      <FormError message={error} testId="add-paragraph-error" />
      <div>
        <Button type="submit" busy={busy} data-testid="add-paragraph-submit">
          {t.add}
        </Button>
      </div>
    </form>
  );
}
