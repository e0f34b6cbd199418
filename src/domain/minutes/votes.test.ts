import { describe, expect, it } from 'vitest';
import { checkVotes, tallyVotes } from './votes';

describe('vote tally', () => {
  it('counts for, against and abstain; the majority of those voting decides', () => {
    const tally = tallyVotes([
      { personId: 'a', choice: 'FOR' },
      { personId: 'b', choice: 'FOR' },
      { personId: 'c', choice: 'AGAINST', reservation: 'Jag reserverar mig mot beslutet.' },
      { personId: 'd', choice: 'ABSTAIN' },
    ]);
    expect(tally).toEqual({
      for: 2,
      against: 1,
      abstain: 1,
      outcome: 'FOR',
      reservations: [{ personId: 'c', text: 'Jag reserverar mig mot beslutet.' }],
    });
  });

  it('is a tie when as many vote for as against', () => {
    expect(
      tallyVotes([
        { personId: 'a', choice: 'FOR' },
        { personId: 'b', choice: 'AGAINST' },
        { personId: 'c', choice: 'ABSTAIN' },
      ]).outcome,
    ).toBe('TIE');
    expect(tallyVotes([{ personId: 'a', choice: 'AGAINST' }]).outcome).toBe('AGAINST');
  });
});

describe('who may vote', () => {
  // Sjöbygden 7 + 7: four ordinary members present and one deputy serving → five voters.
  const voters = ['chair', 'vice', 'member', 'kommun1', 'deputy1'];

  it('accepts the ordinary members present and the deputy serving', () => {
    expect(
      checkVotes(
        voters.map((personId) => ({ personId, choice: 'FOR' as const })),
        voters,
      ),
    ).toEqual([]);
  });

  it('refuses a vote from a deputy who is not serving, or from the co-opted director', () => {
    expect(
      checkVotes(
        [
          { personId: 'deputy2', choice: 'FOR' },
          { personId: 'director', choice: 'AGAINST' },
        ],
        voters,
      ),
    ).toEqual([
      { kind: 'NOT_A_VOTER', personId: 'deputy2' },
      { kind: 'NOT_A_VOTER', personId: 'director' },
    ]);
  });

  it('refuses two votes from one person, a reservation without a vote against, and no votes at all', () => {
    expect(
      checkVotes(
        [
          { personId: 'chair', choice: 'FOR' },
          { personId: 'chair', choice: 'AGAINST' },
        ],
        voters,
      ),
    ).toEqual([{ kind: 'DUPLICATE', personId: 'chair' }]);
    expect(checkVotes([{ personId: 'vice', choice: 'ABSTAIN', reservation: 'Reservation' }], voters)).toEqual([
      { kind: 'RESERVATION_WITHOUT_AGAINST', personId: 'vice' },
    ]);
    expect(checkVotes([], voters)).toEqual([{ kind: 'NO_VOTES' }]);
  });
});
