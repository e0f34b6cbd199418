'use client';

import { useState } from 'react';
import { addParagraphAction } from '@/actions/minutes';
import { messages } from '@/i18n/catalog';
import { LinkFields, type LinkOptions, type Links } from './link-fields';
import { FieldError, FormError, inputClass, primaryButton, useMinutesAction } from './use-minutes-action';

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
  const { busy, error, fieldErrors, run } = useMinutesAction();
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
          () => addParagraphAction(slug, { meetingId, agendaItemId: agendaItemId || null, title, discussion, matterId: links.matterId || null, interventionId: links.interventionId || null, planId: links.planId || null }),
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
        <select id="add-paragraph-agenda" className={inputClass} value={agendaItemId} onChange={(event) => setAgendaItemId(event.target.value)}>
          <option value="">{t.freeParagraph}</option>
          {agendaItems.map((item) => (
            <option key={item.id} value={item.id}>
              {item.title}
              {item.hasParagraph ? ' ✓' : ''}
            </option>
          ))}
        </select>
        <FieldError id="add-paragraph-agenda-error" message={fieldErrors.agendaItemId} />
      </div>
      <div>
        <label htmlFor="add-paragraph-title-input" className="text-sm font-medium">
          {t.title}
        </label>
        <input id="add-paragraph-title-input" className={inputClass} value={title} onChange={(event) => setTitle(event.target.value)} aria-describedby={fieldErrors.title ? 'add-paragraph-title-error' : undefined} />
        <FieldError id="add-paragraph-title-error" message={fieldErrors.title} />
      </div>
      <div>
        <label htmlFor="add-paragraph-discussion" className="text-sm font-medium">
          {t.discussion}
        </label>
        <textarea id="add-paragraph-discussion" rows={3} className={inputClass} value={discussion} onChange={(event) => setDiscussion(event.target.value)} />
        <FieldError id="add-paragraph-discussion-error" message={fieldErrors.discussion} />
      </div>
      {agendaItemId ? null : <LinkFields idPrefix="add-paragraph" options={options} value={links} onChange={setLinks} errors={fieldErrors} />}
      <FormError message={error} testId="add-paragraph-error" />
      <div>
        <button type="submit" disabled={busy} className={primaryButton} data-testid="add-paragraph-submit">
          {t.add}
        </button>
      </div>
    </form>
  );
}
