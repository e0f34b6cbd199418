'use client';

import { useState } from 'react';
import { movePlanSectionAction, removePlanSectionAction, savePlanSectionAction } from '@/actions/plan';
import { MarkdownView } from '@/components/markdown/markdown-view';
import { sectionNumbers } from '@/domain/plan/section-numbers';
import { format, messages } from '@/i18n/catalog';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { Textarea } from '@/components/ui/textarea';
import { SaveCancelRow } from '@/components/ui/save-footer';
import { useServerAction } from '@/components/ui/use-server-action';

export interface EditorSection {
  id: string;
  level: number;
  title: string;
  bodyMarkdown: string;
  version: number;
}

/** The plan's sections in order: read as Markdown, and (when editable) edited, moved, added and removed. */
export function SectionsEditor({
  slug,
  planId,
  sections,
  editable,
}: {
  slug: string;
  planId: string;
  sections: EditorSection[];
  editable: boolean;
}) {
  const t = messages().planContent.sections;
  const [adding, setAdding] = useState(false);
  const numbers = sectionNumbers(sections);
  return (
    <div className="flex flex-col gap-4" data-testid="plan-sections">
      {sections.length === 0 ? <p className="text-slate-600">{t.none}</p> : null}
      {sections.map((section, index) => (
        <SectionCard
          key={section.id}
          slug={slug}
          planId={planId}
          section={section}
          number={numbers[index]!}
          first={index === 0}
          last={index === sections.length - 1}
          editable={editable}
        />
      ))}
      {editable ? (
        adding ? (
          <SectionForm slug={slug} planId={planId} onDone={() => setAdding(false)} />
        ) : (
          <div>
            <Button size="lg" onClick={() => setAdding(true)} data-testid="section-add">
              {t.add}
            </Button>
          </div>
        )
      ) : null}
    </div>
  );
}

function SectionCard({
  slug,
  planId,
  section,
  number,
  first,
  last,
  editable,
}: {
  slug: string;
  planId: string;
  section: EditorSection;
  number: string;
  first: boolean;
  last: boolean;
  editable: boolean;
}) {
  const t = messages().planContent.sections;
  const [editing, setEditing] = useState(false);
  const action = useServerAction();
  if (editing) return <SectionForm slug={slug} planId={planId} section={section} onDone={() => setEditing(false)} />;
  const Heading = section.level === 1 ? 'h2' : section.level === 2 ? 'h3' : 'h4';
  return (
    <article className="card" data-testid="plan-section" aria-labelledby={`section-${section.id}`}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <Heading
          id={`section-${section.id}`}
          className={section.level === 1 ? 'text-xl font-semibold' : 'text-lg font-semibold'}
        >
          <span className="mr-2 text-slate-500 tabular-nums">{number}</span>
          {section.title}
        </Heading>
        {editable ? (
          <div className="flex flex-wrap gap-1 print:hidden">
            <Button
              variant="secondary"
              onClick={() => setEditing(true)}
              aria-label={format(t.editNamed, { title: section.title })}
            >
              {t.edit}
            </Button>
            <Button
              variant="secondary"
              busy={action.busy}
              disabled={first}
              aria-label={format(t.moveUpNamed, { title: section.title })}
              onClick={() =>
                action.run(() =>
                  movePlanSectionAction(slug, { sectionId: section.id, version: section.version, direction: 'up' }),
                )
              }
            >
              ↑
            </Button>
            <Button
              variant="secondary"
              busy={action.busy}
              disabled={last}
              aria-label={format(t.moveDownNamed, { title: section.title })}
              onClick={() =>
                action.run(() =>
                  movePlanSectionAction(slug, { sectionId: section.id, version: section.version, direction: 'down' }),
                )
              }
            >
              ↓
            </Button>
            <Button
              variant="danger"
              busy={action.busy}
              aria-label={format(t.removeNamed, { title: section.title })}
              onClick={() => {
                if (window.confirm(format(t.confirmRemove, { title: section.title })))
                  void action.run(() =>
                    removePlanSectionAction(slug, { sectionId: section.id, version: section.version }),
                  );
              }}
            >
              {t.remove}
            </Button>
          </div>
        ) : null}
      </div>
      <FormError message={action.message} />
      {section.bodyMarkdown ? <MarkdownView markdown={section.bodyMarkdown} className="mt-3" /> : null}
    </article>
  );
}

function SectionForm({
  slug,
  planId,
  section,
  onDone,
}: {
  slug: string;
  planId: string;
  section?: EditorSection;
  onDone: () => void;
}) {
  const t = messages().planContent.sections;
  const [title, setTitle] = useState(section?.title ?? '');
  const [level, setLevel] = useState(section?.level ?? 1);
  const [body, setBody] = useState(section?.bodyMarkdown ?? '');
  const [preview, setPreview] = useState(false);
  const action = useServerAction();
  const prefix = `section-${section?.id ?? 'new'}`;
  return (
    <form
      className="card flex flex-col gap-3"
      data-testid="section-form"
      onSubmit={(event) => {
        event.preventDefault();
        void action.run(
          () =>
            savePlanSectionAction(slug, {
              planId,
              sectionId: section?.id,
              version: section?.version,
              title,
              level,
              bodyMarkdown: body,
            }),
          onDone,
        );
      }}
    >
      <div className="grid gap-3 sm:grid-cols-[1fr_12rem]">
        <Field id={`${prefix}-title`} label={t.title} error={action.fieldErrors.title}>
          <Input id={`${prefix}-title`} value={title} onChange={(e) => setTitle(e.target.value)} />
        </Field>
        <Field id={`${prefix}-level`} label={t.level} error={action.fieldErrors.level}>
          <Select id={`${prefix}-level`} value={level} onChange={(e) => setLevel(Number(e.target.value))}>
            {[1, 2, 3].map((l) => (
              <option key={l} value={l}>
                {t.levels[l - 1]}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div role="group" aria-label={t.bodyMode} className="flex gap-1">
        <Button variant="secondary" aria-pressed={!preview} onClick={() => setPreview(false)}>
          {t.write}
        </Button>
        <Button
          variant="secondary"
          aria-pressed={preview}
          onClick={() => setPreview(true)}
          data-testid="section-preview-toggle"
        >
          {t.preview}
        </Button>
      </div>
      {preview ? (
        <div className="rounded-md border border-slate-200 p-3" data-testid="section-preview">
          {body ? <MarkdownView markdown={body} /> : <p className="text-slate-600">{t.emptyBody}</p>}
        </div>
      ) : (
        <Field id={`${prefix}-body`} label={t.body} hint={t.bodyHint} error={action.fieldErrors.bodyMarkdown}>
          <Textarea
            id={`${prefix}-body`}
            className="font-mono text-sm"
            rows={12}
            value={body}
            onChange={(e) => setBody(e.target.value)}
          />
        </Field>
      )}
      <FormError message={action.message} />
      <SaveCancelRow
        busy={action.busy}
        saveLabel={t.save}
        cancelLabel={t.cancel}
        onCancel={onDone}
        testId="section-save"
      />
    </form>
  );
}
