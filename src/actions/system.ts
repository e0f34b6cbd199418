'use server';

import { systemAction } from '@/server/http/system-action';
import { createAssociation } from '@/server/system/create-association';
import { inviteDirector } from '@/server/system/invite-director';

export const createAssociationAction = systemAction(createAssociation);
export const inviteDirectorAction = systemAction(inviteDirector, { select: ({ email }) => ({ email }) });
