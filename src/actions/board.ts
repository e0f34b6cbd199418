'use server';

import { addBoardSeat } from '@/server/board/add-board-seat';
import { addRoleTerm } from '@/server/board/add-role-term';
import { endBoardSeatTerm } from '@/server/board/end-board-seat-term';
import { endRoleTerm } from '@/server/board/end-role-term';
import { associationAction, fresh } from '@/server/http/association-action';

// Seats and roles decide who is called to meetings, who counts for quorum and who may attest.
const board = { revalidate: [''], stale: fresh<unknown>() };

export const addBoardSeatAction = associationAction(addBoardSeat, board);
export const endBoardSeatTermAction = associationAction(endBoardSeatTerm, board);
export const addRoleTermAction = associationAction(addRoleTerm, board);
export const endRoleTermAction = associationAction(endRoleTerm, board);
