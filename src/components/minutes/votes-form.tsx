'use client';

import { useState } from 'react';
import { recordVotesAction } from '@/actions/minutes';
import { messages } from '@/i18n/catalog';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/form-error';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { useServerAction } from '@/components/ui/use-server-action';

type Choice = 'FOR' | 'AGAINST' | 'ABSTAIN';

interface Props {
  slug: string;
  paragraph: { id: string; number: number; votes: { personId: string; choice: Choice; reservation: string | null }[] };
  voters: { personId: string; name: string }[];
}

/** Per voter (members present and deputies serving): for, against, abstain or no vote; a reservation for those against. */
export function VotesForm({ slug, paragraph, voters }: Props) {
  const t = messages().minutes;
  const { busy, message: error, fieldErrors, run } = useServerAction();
  const initial = Object.fromEntries(
    voters.map((voter) => {
      const vote = paragraph.votes.find((v) => v.personId === voter.personId);
      return [voter.personId, { choice: (vote?.choice ?? '') as Choice | '', reservation: vote?.reservation ?? '' }];
    }),
  );
  const [votes, setVotes] = useState(initial);
  const prefix = `votes-${paragraph.id}`;

  if (voters.length === 0) return <p className="text-sm text-slate-600">{t.votesForm.noVoters}</p>;
  return (
    <details className="mt-3">
      <summary className="cursor-pointer text-sm font-medium">{t.votesForm.title}</summary>
      <form
        className="mt-2"
        data-testid="votes-form"
        onSubmit={(event) => {
          event.preventDefault();
          const cast = Object.entries(votes)
            .filter(([, vote]) => vote.choice !== '')
            .map(([personId, vote]) => ({
              personId,
              choice: vote.choice as Choice,
              reservation: vote.choice === 'AGAINST' && vote.reservation.trim() ? vote.reservation : null,
            }));
          void run(() => recordVotesAction(slug, { paragraphId: paragraph.id, votes: cast }));
        }}
      >
        <table className="data-table">
          <caption>{`${t.votesForm.caption}, § ${paragraph.number}`}</caption>
          <thead>
            <tr>
              <th scope="col">{t.votesForm.person}</th>
              <th scope="col">{t.votesForm.choice}</th>
              <th scope="col">{t.votesForm.reservation}</th>
            </tr>
          </thead>
          <tbody>
            {voters.map((voter) => {
              const vote = votes[voter.personId]!;
              const set = (patch: Partial<typeof vote>) =>
                setVotes({ ...votes, [voter.personId]: { ...vote, ...patch } });
              return (
                <tr key={voter.personId}>
                  <th scope="row">{voter.name}</th>
                  <td>
                    <label className="sr-only" htmlFor={`${prefix}-${voter.personId}-choice`}>
                      {`${t.votesForm.choice}: ${voter.name}`}
                    </label>
                    <Select
                      id={`${prefix}-${voter.personId}-choice`}
                      value={vote.choice}
                      onChange={(event) => set({ choice: event.target.value as Choice | '' })}
                    >
                      <option value="">{t.votesForm.notVoting}</option>
                      {(['FOR', 'AGAINST', 'ABSTAIN'] as const).map((choice) => (
                        <option key={choice} value={choice}>
                          {t.choice[choice]}
                        </option>
                      ))}
                    </Select>
                    {fieldErrors[`votes.${voter.personId}`] ? (
                      <p className="mt-1 text-sm text-red-700">{fieldErrors[`votes.${voter.personId}`]}</p>
                    ) : null}
                  </td>
                  <td>
                    <label className="sr-only" htmlFor={`${prefix}-${voter.personId}-reservation`}>
                      {`${t.votesForm.reservation}: ${voter.name}`}
                    </label>
                    <Input
                      id={`${prefix}-${voter.personId}-reservation`}
                      value={vote.reservation}
                      disabled={vote.choice !== 'AGAINST'}
                      onChange={(event) => set({ reservation: event.target.value })}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <FormError message={error} testId="votes-error" />
        <Button type="submit" busy={busy} className="mt-2" data-testid="votes-submit">
          {t.votesForm.submit}
        </Button>
      </form>
    </details>
  );
}
