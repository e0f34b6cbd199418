'use client';

import { addMatterAttachmentAction } from '@/actions/matters';
import { AttachmentUpload } from './attachment-upload';

/** The matter page's upload form: its file goes to the matter. */
export function MatterAttachmentUpload({
  slug,
  matterId,
  label,
  submit,
}: {
  slug: string;
  matterId: string;
  label: string;
  submit: string;
}) {
  return (
    <AttachmentUpload
      label={label}
      submit={submit}
      hidden={{ matterId }}
      upload={(form) => addMatterAttachmentAction(slug, form)}
      testId="matter-upload"
    />
  );
}
