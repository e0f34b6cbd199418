'use client';

import { useState } from 'react';
import { createAssociationAction } from '@/actions/system';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { Input } from '@/components/ui/input';
import { Notice } from '@/components/ui/notice';
import { useServerAction } from '@/components/ui/use-server-action';
import { proposeSlug } from '@/domain/system/association-identity';
import { format, messages } from '@/i18n/catalog';

/** "Skapa förbund": name, slug (proposed from the name until edited), optional org number. */
export function CreateAssociationForm() {
  const t = messages().system.createAssociation;
  const action = useServerAction();
  const [name, setName] = useState('');
  const [slug, setSlug] = useState('');
  const [slugEdited, setSlugEdited] = useState(false);
  const [orgNumber, setOrgNumber] = useState('');
  const [created, setCreated] = useState<string | null>(null);
  const errors = action.fieldErrors;
  const fieldMessage = errors.name ?? errors.slug ?? errors.orgNumber;
  return (
    <form
      className="card grid max-w-xl gap-4"
      aria-labelledby="create-association-title"
      data-testid="create-association"
      onSubmit={(event) => {
        event.preventDefault();
        setCreated(null);
        void action.run(
          () => createAssociationAction({ name, slug, orgNumber: orgNumber.trim() === '' ? undefined : orgNumber }),
          () => {
            setCreated(name);
            setName('');
            setSlug('');
            setSlugEdited(false);
            setOrgNumber('');
          },
        );
      }}
    >
      <h2 id="create-association-title" className="text-lg font-semibold">
        {t.title}
      </h2>
      <Field label={t.name} error={errors.name}>
        <Input
          value={name}
          onChange={(event) => {
            setName(event.target.value);
            if (!slugEdited) setSlug(proposeSlug(event.target.value));
          }}
          testId="association-name-input"
          required
          maxLength={200}
        />
      </Field>
      <Field label={t.slug} hint={t.slugHint} error={errors.slug}>
        <Input
          value={slug}
          onChange={(event) => {
            setSlug(event.target.value);
            setSlugEdited(true);
          }}
          testId="association-slug-input"
          required
          maxLength={61}
        />
      </Field>
      <Field label={t.orgNumber} hint={t.orgNumberHint} error={errors.orgNumber}>
        <Input
          value={orgNumber}
          onChange={(event) => setOrgNumber(event.target.value)}
          testId="association-org-number-input"
          inputMode="numeric"
          className="w-40"
          maxLength={20}
        />
      </Field>
      <div>
        <Button type="submit" busy={action.busy} testId="create-association-submit">
          {t.submit}
        </Button>
      </div>
      {fieldMessage ? null : <FormError message={action.message} />}
      {created ? <Notice testId="association-created">{format(t.created, { name: created })}</Notice> : null}
    </form>
  );
}
