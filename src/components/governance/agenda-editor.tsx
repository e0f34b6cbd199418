'use client';

import { useState } from 'react';
import type { AgendaItemKind } from '@/generated/prisma/enums';
import {
  addAgendaAttachmentAction,
  addAgendaItemAction,
  moveAgendaItemAction,
  putMatterOnAgendaAction,
  removeAgendaItemAction,
} from '@/actions/meetings';
import { messages } from '@/i18n/catalog';
import { AttachmentUpload } from './attachment-upload';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { useServerAction } from '@/components/ui/use-server-action';

export interface AgendaRow {
  id: string;
  kind: AgendaItemKind;
  title: string;
  matter: { id: string; year: number; number: number } | null;
  attachments: { id: string; fileName: string }[];
}

interface Props {
  slug: string;
  meetingId: string;
  version: number;
  items: AgendaRow[];
  editable: boolean;
  mayManage: boolean;
  preparedMatters: { id: string; year: number; number: number; title: string; version: number }[];
}

/** The ordered agenda with its documents; for meeting.manage also moving, removing, adding items and matters. */
export function AgendaEditor({ slug, meetingId, version, items, editable, mayManage, preparedMatters }: Props) {
  const t = messages().governance.meetings;
  const { busy, message, fieldErrors, run } = useServerAction();
  const [title, setTitle] = useState('');
  const [matterId, setMatterId] = useState(preparedMatters[0]?.id ?? '');
  const base = `/forbund/${encodeURIComponent(slug)}`;
  const canEdit = mayManage && editable;

  return (
    <section aria-labelledby="agenda" className="card space-y-4" data-testid="agenda">
      <h2 id="agenda" className="text-lg font-semibold">
        {t.agenda}
      </h2>
      <FormError message={message} testId="agenda-message" />
      {items.length === 0 ? (
        <p className="text-slate-600">{t.agendaEmpty}</p>
      ) : (
        <table className="data-table">
          <caption className="sr-only">{t.agenda}</caption>
          <thead>
            <tr>
              <th scope="col" className="num">
                {t.order}
              </th>
              <th scope="col">{t.item}</th>
              <th scope="col">{t.documents}</th>
              {canEdit ? <th scope="col">{t.actions}</th> : null}
            </tr>
          </thead>
          <tbody>
            {items.map((item, index) => (
              <tr key={item.id} data-testid="agenda-item">
                <td className="num tabular-nums">{index + 1}</td>
                <th scope="row" className="font-medium">
                  {item.matter ? (
                    <a href={`${base}/arenden/${item.matter.id}`} className="text-accent-800 hover:underline">
                      {item.title} ({item.matter.year}/{item.matter.number})
                    </a>
                  ) : (
                    item.title
                  )}
                </th>
                <td>
                  {item.attachments.length > 0 ? (
                    <ul className="text-sm">
                      {item.attachments.map((file) => (
                        <li key={file.id}>
                          <a href={`${base}/sammantraden/bilagor/${file.id}`} className="underline">
                            {file.fileName}
                          </a>
                        </li>
                      ))}
                    </ul>
                  ) : null}
                  {mayManage ? (
                    <AttachmentUpload
                      label={t.attachFile}
                      submit={messages().governance.matters.upload}
                      hidden={{ meetingId, agendaItemId: item.id }}
                      upload={(form) => addAgendaAttachmentAction(slug, form)}
                    />
                  ) : null}
                </td>
                {canEdit ? (
                  <td className="whitespace-nowrap">
                    <div className="flex gap-1">
                      <Button
                        variant="secondary"
                        busy={busy}
                        disabled={index === 0}
                        aria-label={`${t.moveUp}: ${item.title}`}
                        onClick={() =>
                          run(() =>
                            moveAgendaItemAction(slug, { meetingId, version, agendaItemId: item.id, direction: 'up' }),
                          )
                        }
                      >
                        ↑
                      </Button>
                      <Button
                        variant="secondary"
                        busy={busy}
                        disabled={index === items.length - 1}
                        aria-label={`${t.moveDown}: ${item.title}`}
                        onClick={() =>
                          run(() =>
                            moveAgendaItemAction(slug, {
                              meetingId,
                              version,
                              agendaItemId: item.id,
                              direction: 'down',
                            }),
                          )
                        }
                      >
                        ↓
                      </Button>
                      <Button
                        variant="secondary"
                        busy={busy}
                        aria-label={`${t.remove}: ${item.title}`}
                        onClick={() =>
                          run(() => removeAgendaItemAction(slug, { meetingId, version, agendaItemId: item.id }))
                        }
                      >
                        {t.remove}
                      </Button>
                    </div>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {canEdit ? (
        <div className="grid gap-4 border-t border-slate-200 pt-4 md:grid-cols-2">
          <form
            className="flex items-end gap-2"
            onSubmit={(event) => {
              event.preventDefault();
              const chosen = preparedMatters.find((m) => m.id === matterId);
              if (chosen)
                void run(() =>
                  putMatterOnAgendaAction(slug, {
                    meetingId,
                    version,
                    matterId: chosen.id,
                    matterVersion: chosen.version,
                  }),
                );
            }}
          >
            {preparedMatters.length === 0 ? (
              <p className="text-sm text-slate-600">{t.putMatterNone}</p>
            ) : (
              <>
                <div className="grow">
                  <label htmlFor="agenda-matter" className="block text-sm font-medium">
                    {t.putMatterLabel}
                  </label>
                  <Select id="agenda-matter" value={matterId} onChange={(e) => setMatterId(e.target.value)}>
                    {preparedMatters.map((m) => (
                      <option key={m.id} value={m.id}>
                        {m.year}/{m.number} {m.title}
                      </option>
                    ))}
                  </Select>
                </div>
                <Button type="submit" busy={busy}>
                  {t.putMatterSubmit}
                </Button>
              </>
            )}
          </form>
          <form
            className="flex items-end gap-2"
            onSubmit={(event) => {
              event.preventDefault();
              void run(
                () => addAgendaItemAction(slug, { meetingId, version, title }),
                () => setTitle(''),
              );
            }}
          >
            <Field id="agenda-new-title" label={t.addItemTitle} error={fieldErrors.title} className="grow">
              <Input value={title} onChange={(e) => setTitle(e.target.value)} />
            </Field>
            <Button type="submit" busy={busy} variant="secondary">
              {t.addItem}
            </Button>
          </form>
        </div>
      ) : null}
    </section>
  );
}
