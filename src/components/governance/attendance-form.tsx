'use client';

import { useMemo, useState } from 'react';
import {
  computeQuorum,
  proposeServingDeputies,
  type QuorumSettings,
  type SeatForQuorum,
} from '@/domain/meeting/quorum';
import { recordAttendanceAction } from '@/actions/meetings';
import { format, messages } from '@/i18n/catalog';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/form-error';
import { Select } from '@/components/ui/select';
import { useServerAction } from '@/components/ui/use-server-action';

export interface AttendanceMember {
  personId: string;
  name: string;
  seat: {
    seatId: string;
    kind: 'ORDINARY' | 'DEPUTY' | 'CO_OPTED';
    deputyOrder: number | null;
    personalDeputyForId: string | null;
  } | null;
}

interface Row {
  present: boolean;
  servingForSeatId: string;
}

interface Props {
  slug: string;
  meetingId: string;
  version: number;
  members: AttendanceMember[];
  others: { id: string; name: string }[];
  recorded: { personId: string; status: 'PRESENT' | 'ABSENT'; servingForId: string | null; coOpted: boolean }[];
  settings: QuorumSettings & { deputyMode: 'ORDERED' | 'PERSONAL' };
  editable: boolean;
}

/** Who is present, which deputy serves for whom, co-opted persons; the quorum follows as you tick. */
export function AttendanceForm({ slug, meetingId, version, members, others, recorded, settings, editable }: Props) {
  const t = messages().governance.meetings;
  const { busy, message, fieldErrors, run } = useServerAction();
  const initial = (personId: string): Row => {
    const row = recorded.find((r) => r.personId === personId);
    return { present: row?.status === 'PRESENT', servingForSeatId: row?.servingForId ?? '' };
  };
  const [rows, setRows] = useState<Record<string, Row>>(() =>
    Object.fromEntries([...members.map((m) => m.personId), ...others.map((o) => o.id)].map((id) => [id, initial(id)])),
  );
  const seats: SeatForQuorum[] = useMemo(
    // Role-based bodies (preparation group, members' consultation) have no seats: each member is one.
    () =>
      members.map((m) =>
        m.seat
          ? { personId: m.personId, ...m.seat }
          : {
              seatId: `role:${m.personId}`,
              personId: m.personId,
              kind: 'ORDINARY' as const,
              deputyOrder: null,
              personalDeputyForId: null,
            },
      ),
    [members],
  );
  const ordinary = members.filter((m) => m.seat?.kind === 'ORDINARY');
  const attendance = Object.entries(rows).map(([personId, row]) => {
    const member = members.find((m) => m.personId === personId);
    return {
      personId,
      present: row.present,
      servingForSeatId: row.servingForSeatId || null,
      coOpted: !member || member.seat?.kind === 'CO_OPTED',
    };
  });
  const quorum = computeQuorum(seats, attendance, settings);
  const update = (personId: string, change: Partial<Row>) =>
    setRows({ ...rows, [personId]: { ...rows[personId]!, ...change } });

  const propose = () => {
    const present = Object.entries(rows)
      .filter(([, r]) => r.present)
      .map(([id]) => id);
    const proposal = proposeServingDeputies(seats, present, settings.deputyMode);
    const next = Object.fromEntries(
      Object.entries(rows).map(([id, r]) => [
        id,
        {
          ...r,
          servingForSeatId:
            proposal.find((p) => p.deputyPersonId === id)?.servingForSeatId ??
            (members.find((m) => m.personId === id)?.seat?.kind === 'DEPUTY' ? '' : r.servingForSeatId),
        },
      ]),
    );
    setRows(next);
  };

  const submit = () =>
    run(() =>
      recordAttendanceAction(slug, {
        meetingId,
        version,
        rows: attendance.filter((a) => members.some((m) => m.personId === a.personId) || a.present),
      }),
    );

  return (
    <section aria-labelledby="attendance" className="card space-y-4" data-testid="attendance">
      <h2 id="attendance" className="text-lg font-semibold">
        {t.attendance}
      </h2>
      <div
        role="status"
        aria-live="polite"
        data-testid="quorum"
        className={`rounded-md border-l-4 px-4 py-3 ${quorum.hasQuorum ? 'border-emerald-500 bg-emerald-50 text-emerald-950' : 'border-amber-400 bg-amber-50 text-amber-950'}`}
      >
        <p className="font-semibold" data-testid="quorum-verdict">
          {quorum.hasQuorum ? t.quorumYes : t.quorumNo}
        </p>
        <p className="text-sm">
          {format(t.quorumLine, {
            present: quorum.votingPresent,
            seats: quorum.ordinarySeats,
            required: quorum.required,
          })}
        </p>
        <p className="text-sm">
          {t.quorumRule[settings.rule]}{' '}
          {members.some((m) => m.seat?.kind === 'DEPUTY') ? t.deputyMode[settings.deputyMode] : ''}
        </p>
      </div>
      <FormError message={message} testId="attendance-message" />
      {members.length === 0 ? <p className="text-slate-600">{t.noMembers}</p> : null}
      <fieldset disabled={!editable || busy}>
        <legend className="sr-only">{t.attendance}</legend>
        <table className="data-table">
          <caption className="sr-only">{t.attendance}</caption>
          <thead>
            <tr>
              <th scope="col">{t.item}</th>
              <th scope="col">{t.seat}</th>
              <th scope="col">{t.present}</th>
              <th scope="col">{t.servingFor}</th>
            </tr>
          </thead>
          <tbody>
            {members.map((member) => {
              const row = rows[member.personId]!;
              const error = fieldErrors[`rows.${member.personId}`];
              return (
                <tr key={member.personId} data-testid="attendance-row">
                  <th scope="row" className="font-medium">
                    {member.name}
                    {error ? <p className="text-sm font-normal text-red-700">{error}</p> : null}
                  </th>
                  <td>
                    {member.seat ? t.seatKind[member.seat.kind] : ''}
                    {member.seat?.deputyOrder ? ` ${member.seat.deputyOrder}` : ''}
                  </td>
                  <td>
                    <input
                      type="checkbox"
                      className="h-4 w-4"
                      checked={row.present}
                      aria-label={`${t.present}: ${member.name}`}
                      onChange={(e) =>
                        update(member.personId, {
                          present: e.target.checked,
                          servingForSeatId: e.target.checked ? row.servingForSeatId : '',
                        })
                      }
                    />
                  </td>
                  <td>
                    {member.seat?.kind === 'DEPUTY' ? (
                      <Select
                        value={row.servingForSeatId}
                        aria-label={`${t.servingFor}: ${member.name}`}
                        disabled={!row.present}
                        onChange={(e) => update(member.personId, { servingForSeatId: e.target.value })}
                      >
                        <option value="">{t.notServing}</option>
                        {ordinary.map((o) => (
                          <option key={o.seat!.seatId} value={o.seat!.seatId}>
                            {o.name}
                          </option>
                        ))}
                      </Select>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {others.length > 0 ? (
          <details className="mt-4">
            <summary className="cursor-pointer text-sm font-medium">{t.otherPeople}</summary>
            <p className="text-sm text-slate-600">{t.otherPeopleHint}</p>
            <ul className="mt-2 grid gap-1 sm:grid-cols-2">
              {others.map((person) => (
                <li key={person.id}>
                  <label className="flex items-center gap-2 text-sm">
                    <input
                      type="checkbox"
                      className="h-4 w-4"
                      checked={rows[person.id]!.present}
                      onChange={(e) => update(person.id, { present: e.target.checked })}
                    />
                    {person.name}
                  </label>
                </li>
              ))}
            </ul>
          </details>
        ) : null}
        {editable ? (
          <div className="mt-4 flex flex-wrap gap-2">
            {members.some((m) => m.seat?.kind === 'DEPUTY') ? (
              <Button variant="secondary" onClick={propose}>
                {t.proposeDeputies}
              </Button>
            ) : null}
            <Button onClick={submit}>{t.saveAttendance}</Button>
          </div>
        ) : null}
      </fieldset>
    </section>
  );
}
