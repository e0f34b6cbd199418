/** The kinds of agenda item (Prisma's `AgendaItemKind`, declared here so the domain needs no Prisma; tests/static/domain-vocabulary.test.ts keeps them equal). */
export type AgendaItemKind =
  'OPENING' | 'ADJUSTERS' | 'AGENDA_APPROVAL' | 'ECONOMIC_FOLLOW_UP' | 'MATTER' | 'OTHER' | 'CLOSING';

/** The standard agenda of a new meeting, in order (titles come from the catalog). */
export const STANDARD_AGENDA: readonly AgendaItemKind[] = [
  'OPENING',
  'ADJUSTERS',
  'AGENDA_APPROVAL',
  'ECONOMIC_FOLLOW_UP',
  'MATTER',
  'OTHER',
  'CLOSING',
];

/**
 * Where a new item goes (0-based index into the ordered items): a matter after the last matter
 * item (or after the economic follow-up), anything else before "other questions" and the closing.
 */
export function insertionIndex(items: readonly { kind: AgendaItemKind }[], kind: AgendaItemKind): number {
  if (kind === 'MATTER') {
    const lastMatter = items.map((i) => i.kind).lastIndexOf('MATTER');
    if (lastMatter >= 0) return lastMatter + 1;
    const followUp = items.map((i) => i.kind).lastIndexOf('ECONOMIC_FOLLOW_UP');
    if (followUp >= 0) return followUp + 1;
  }
  const tail = items.findIndex((i) => i.kind === 'OTHER' || i.kind === 'CLOSING');
  return tail >= 0 ? tail : items.length;
}

/** The ids in their new order after moving one item a step up or down; null when it cannot move. */
export function moveAgendaItem(
  orderedIds: readonly string[],
  itemId: string,
  direction: 'up' | 'down',
): string[] | null {
  const index = orderedIds.indexOf(itemId);
  const target = direction === 'up' ? index - 1 : index + 1;
  if (index < 0 || target < 0 || target >= orderedIds.length) return null;
  const next = [...orderedIds];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

/** The agenda can change until the meeting is held (or cancelled). */
export function isAgendaEditable(status: 'PLANNED' | 'NOTICE_SENT' | 'HELD' | 'MINUTES_LOCKED' | 'CANCELLED'): boolean {
  return status === 'PLANNED' || status === 'NOTICE_SENT';
}

/** Attendance can be recorded until the minutes are locked. */
export function isAttendanceEditable(
  status: 'PLANNED' | 'NOTICE_SENT' | 'HELD' | 'MINUTES_LOCKED' | 'CANCELLED',
): boolean {
  return status === 'PLANNED' || status === 'NOTICE_SENT' || status === 'HELD';
}
