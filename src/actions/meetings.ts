'use server';

import type { Actor } from '@/server/authz/session-actor';
import { associationAction, fresh } from '@/server/http/association-action';
import { formFile, formText } from '@/server/http/form-data';
import { addAgendaAttachment } from '@/server/meeting/add-agenda-attachment';
import { addAgendaItem } from '@/server/meeting/add-agenda-item';
import { cancelMeeting } from '@/server/meeting/cancel-meeting';
import { createMeeting } from '@/server/meeting/create-meeting';
import { markNoticeRead } from '@/server/meeting/mark-notice-read';
import type { FreshMeeting } from '@/server/meeting/meeting-common';
import { moveAgendaItem } from '@/server/meeting/move-agenda-item';
import { putMatterOnAgenda } from '@/server/meeting/put-matter-on-agenda';
import { recordAttendance } from '@/server/meeting/record-attendance';
import { removeAgendaItem } from '@/server/meeting/remove-agenda-item';
import { sendNotice } from '@/server/meeting/send-notice';
import { updateMeeting } from '@/server/meeting/update-meeting';

// A meeting's agenda shows its matters, so both areas are revalidated.
const options = { revalidate: ['/sammantraden', '/arenden'], stale: fresh<FreshMeeting>() };

export const createMeetingAction = associationAction(createMeeting, options);
export const updateMeetingAction = associationAction(updateMeeting, options);
export const addAgendaItemAction = associationAction(addAgendaItem, options);
export const moveAgendaItemAction = associationAction(moveAgendaItem, options);
export const removeAgendaItemAction = associationAction(removeAgendaItem, options);
export const putMatterOnAgendaAction = associationAction(putMatterOnAgenda, options);
export const sendNoticeAction = associationAction(sendNotice, options);
export const recordAttendanceAction = associationAction(recordAttendance, options);
export const markNoticeReadAction = associationAction(markNoticeRead, options);
export const cancelMeetingAction = associationAction(cancelMeeting, options);

// The file travels as a file, so this action takes the form; the session is checked before it is read.
const addAttachment = associationAction(
  async ({ associationId, form }: { associationId: string; form: FormData }, actor: Actor) =>
    addAgendaAttachment(
      {
        associationId,
        meetingId: formText(form, 'meetingId'),
        agendaItemId: formText(form, 'agendaItemId'),
        file: await formFile(form, 'file'),
      },
      actor,
    ),
  options,
);

export async function addAgendaAttachmentAction(slug: string, form: FormData) {
  return addAttachment(slug, { form });
}
