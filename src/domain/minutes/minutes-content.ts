import { createHash } from 'node:crypto';

/** One vote as the minutes record it. */
export interface ContentVote {
  personId: string;
  choice: string;
  reservation: string | null;
}

export interface ContentParagraph {
  number: number;
  title: string;
  discussion: string;
  decisionText: string;
  /** The recorded decision's text; null when the paragraph has no decision. */
  decision: string | null;
  votes: readonly ContentVote[];
}

export interface ContentAttendance {
  personId: string;
  status: string;
  servingForSeatId: string | null;
  coOpted: boolean;
}

/** What an adjuster approves (ADR 033): the paragraphs with decisions and votes, the attendance, the chair and the secretary. */
export interface MinutesContent {
  paragraphs: readonly ContentParagraph[];
  attendance: readonly ContentAttendance[];
  chairId: string | null;
  secretaryId: string | null;
}

const byPerson = (a: { personId: string }, b: { personId: string }) =>
  a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0;

/**
 * The minutes' content as one canonical JSON text: keys in a fixed order, paragraphs by number,
 * votes and attendance by person id, so the same content always gives the same text whatever
 * order the rows were read in.
 */
export function canonicalMinutesContent(content: MinutesContent): string {
  const canonical = {
    paragraphs: [...content.paragraphs]
      .sort((a, b) => a.number - b.number)
      .map((p) => ({
        number: p.number,
        title: p.title,
        discussion: p.discussion,
        decisionText: p.decisionText,
        decision: p.decision,
        votes: [...p.votes]
          .sort(byPerson)
          .map((v) => ({ personId: v.personId, choice: v.choice, reservation: v.reservation })),
      })),
    attendance: [...content.attendance].sort(byPerson).map((a) => ({
      personId: a.personId,
      status: a.status,
      servingForSeatId: a.servingForSeatId,
      coOpted: a.coOpted,
    })),
    chairId: content.chairId,
    secretaryId: content.secretaryId,
  };
  return JSON.stringify(canonical);
}

/** SHA-256 (hex) of the canonical content: what an approval is bound to. */
export function minutesContentHash(content: MinutesContent): string {
  return createHash('sha256').update(canonicalMinutesContent(content), 'utf8').digest('hex');
}
