'use server';

import { associationAction, fresh } from '@/server/http/association-action';
import { addCorrectionParagraph } from '@/server/minutes/add-correction-paragraph';
import { addParagraph } from '@/server/minutes/add-paragraph';
import { approveMinutes } from '@/server/minutes/approve-minutes';
import { chooseAdjusters } from '@/server/minutes/choose-adjusters';
import { markMinutesReady } from '@/server/minutes/mark-minutes-ready';
import { moveParagraph } from '@/server/minutes/move-paragraph';
import { requestMinutesChange } from '@/server/minutes/request-minutes-change';
import { setMinutesOfficers } from '@/server/minutes/set-minutes-officers';
import { recordDecision } from '@/server/minutes/record-decision';
import { recordVotes } from '@/server/minutes/record-votes';
import { updateParagraph, type FreshParagraph } from '@/server/minutes/update-paragraph';

// The meeting page and its minutes.
const revalidate = ['/sammantraden'];

export const addParagraphAction = associationAction(addParagraph, { revalidate });
export const updateParagraphAction = associationAction(updateParagraph, { revalidate, stale: fresh<FreshParagraph>() });
export const recordDecisionAction = associationAction(recordDecision, { revalidate });
export const recordVotesAction = associationAction(recordVotes, { revalidate });
export const chooseAdjustersAction = associationAction(chooseAdjusters, { revalidate });
export const approveMinutesAction = associationAction(approveMinutes, { revalidate });
export const addCorrectionParagraphAction = associationAction(addCorrectionParagraph, { revalidate });
export const markMinutesReadyAction = associationAction(markMinutesReady, { revalidate });
export const requestMinutesChangeAction = associationAction(requestMinutesChange, { revalidate });
export const setMinutesOfficersAction = associationAction(setMinutesOfficers, { revalidate });
export const moveParagraphAction = associationAction(moveParagraph, { revalidate });
