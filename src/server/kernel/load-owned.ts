import { AuthorizationError } from '@/server/kernel/authorization-error';

/** The filter every owned row is found by: its id, within the association that asks. */
export interface OwnedWhere {
  id: string;
  associationId: string;
}

/**
 * A row of the association by id, or NOT_FOUND: a missing row and another association's row get
 * the same answer, so an id never tells whether it exists elsewhere. `find` runs the query with the
 * given `where` (add a select or include there); `userMessage` names what was not found, in Swedish.
 *
 *   const meeting = await loadOwned((where) => tx.meeting.findFirst({ where }), associationId, meetingId);
 */
export async function loadOwned<Row>(
  find: (where: OwnedWhere) => PromiseLike<Row | null>,
  associationId: string,
  id: string,
  userMessage?: string,
): Promise<Row> {
  // An undefined value would drop the filter in Prisma and match any association's row.
  if (typeof associationId !== 'string' || associationId === '' || typeof id !== 'string' || id === '')
    throw new AuthorizationError('NOT_FOUND', userMessage);
  const row = await find({ id, associationId });
  if (!row) throw new AuthorizationError('NOT_FOUND', userMessage);
  return row;
}
