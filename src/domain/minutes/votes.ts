/** How one person voted on a paragraph (mirrors the Prisma enum VoteChoice). */
export type VoteChoice = 'FOR' | 'AGAINST' | 'ABSTAIN';

export interface CastVote {
  personId: string;
  choice: VoteChoice;
  /** A reservation against the decision; only someone who voted against may enter one. */
  reservation?: string | null;
}

export interface VoteTally {
  for: number;
  against: number;
  abstain: number;
  /** FOR when more voted for than against; AGAINST when more voted against; TIE otherwise. */
  outcome: 'FOR' | 'AGAINST' | 'TIE';
  reservations: { personId: string; text: string }[];
}

/** Counts a vote. Abstentions do not count towards either side (simple majority of those voting). */
export function tallyVotes(votes: readonly CastVote[]): VoteTally {
  const count = (choice: VoteChoice) => votes.filter((vote) => vote.choice === choice).length;
  const votesFor = count('FOR');
  const against = count('AGAINST');
  const reservations = votes.flatMap((vote) =>
    vote.reservation?.trim() ? [{ personId: vote.personId, text: vote.reservation.trim() }] : [],
  );
  return {
    for: votesFor,
    against,
    abstain: count('ABSTAIN'),
    outcome: votesFor > against ? 'FOR' : against > votesFor ? 'AGAINST' : 'TIE',
    reservations,
  };
}

export type VoteProblem =
  | { kind: 'NOT_A_VOTER'; personId: string }
  | { kind: 'DUPLICATE'; personId: string }
  | { kind: 'RESERVATION_WITHOUT_AGAINST'; personId: string }
  | { kind: 'NO_VOTES' };

/**
 * Who may vote: the ordinary members present and the deputies serving in an absent member's
 * place, i.e. `QuorumResult.voterPersonIds`. A deputy who is present but not serving, a co-opted
 * person (the director) and officials have no vote. Each voter votes once; a reservation
 * (reservation) may only be entered by someone who voted against.
 */
export function checkVotes(votes: readonly CastVote[], voterPersonIds: readonly string[]): VoteProblem[] {
  if (votes.length === 0) return [{ kind: 'NO_VOTES' }];
  const voters = new Set(voterPersonIds);
  const seen = new Set<string>();
  const problems: VoteProblem[] = [];
  for (const vote of votes) {
    if (!voters.has(vote.personId)) problems.push({ kind: 'NOT_A_VOTER', personId: vote.personId });
    if (seen.has(vote.personId)) problems.push({ kind: 'DUPLICATE', personId: vote.personId });
    seen.add(vote.personId);
    if (vote.reservation?.trim() && vote.choice !== 'AGAINST')
      problems.push({ kind: 'RESERVATION_WITHOUT_AGAINST', personId: vote.personId });
  }
  return problems;
}
