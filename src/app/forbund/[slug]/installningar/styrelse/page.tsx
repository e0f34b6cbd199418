import type { Metadata } from 'next';
import Link from 'next/link';
import { AddRoleTermForm } from '@/components/board/add-role-term-form';
import { AddSeatForm } from '@/components/board/add-seat-form';
import { EndTermForm } from '@/components/board/end-term-form';
import { DataTable, type DataColumn } from '@/components/ui/data-table';
import { PageHeader } from '@/components/ui/page-header';
import { may } from '@/domain/authz/permissions';
import { format, messages } from '@/i18n/catalog';
import { requireAssociationAccess } from '@/server/authz/require-association-access';
import { getBoardSettings, type RoleTermRow, type SeatRow } from '@/server/board/page-readers/get-board-settings';
import { getMailMode } from '@/server/mail/page-readers/get-mail-mode';
import { SettingsNav } from '../_components/settings-nav';

export const metadata: Metadata = { title: messages().board.title };

export default async function BoardSettingsPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ historik?: string }>;
}) {
  const { slug } = await params;
  const { historik } = await searchParams;
  const { association, roles } = await requireAssociationAccess(slug, 'settings.read');
  const [board, mailMode] = await Promise.all([getBoardSettings(association.id, { now: new Date() }), getMailMode()]);
  const all = messages();
  const t = all.board;
  const editable = may(roles, 'settings.edit');
  const showPast = historik === '1';
  const base = `/forbund/${encodeURIComponent(slug)}/installningar/styrelse`;
  const termText = (from: string | null, to: string | null) =>
    format(t.termRange, { from: from ?? '', to: to ?? t.openEnded });

  const seatColumns: DataColumn<SeatRow>[] = [
    { header: t.columns.holder, rowHeader: true, cell: (seat) => seat.person.name },
    { header: t.columns.kind, cell: (seat) => t.kinds[seat.kind] },
    {
      header: t.columns.members,
      cell: (seat) =>
        seat.members.length > 1
          ? `${seat.members.map((m) => m.name).join(', ')} (${t.jointly})`
          : (seat.members[0]?.name ?? '–'),
    },
    {
      header: t.columns.deputy,
      cell: (seat) =>
        seat.personalDeputyFor
          ? format(t.personalDeputyShort, { name: seat.personalDeputyFor.holderName })
          : seat.deputyOrder !== null
            ? format(t.deputyOrderShort, { order: String(seat.deputyOrder) })
            : '',
    },
    { header: t.columns.term, cell: (seat) => termText(seat.from, seat.to) },
    { header: t.columns.workingCommittee, cell: (seat) => (seat.workingCommittee ? t.yes : '') },
  ];
  const seatActions: DataColumn<SeatRow> = {
    header: t.columns.actions,
    cell: (seat) => (
      <EndTermForm
        slug={slug}
        target={{ kind: 'seat', seatId: seat.id }}
        version={seat.version}
        defaultDay={seat.to ?? board.today}
        testId={`end-seat-${seat.id}`}
      />
    ),
  };
  const termColumns: DataColumn<RoleTermRow>[] = [
    { header: t.columns.person, rowHeader: true, cell: (term) => term.person.name },
    { header: t.columns.role, cell: (term) => all.roles[term.role] },
    { header: t.columns.member, cell: (term) => term.member?.name ?? '' },
    { header: t.columns.term, cell: (term) => termText(term.from, term.to) },
  ];
  const termActions: DataColumn<RoleTermRow> = {
    header: t.columns.actions,
    cell: (term) => (
      <EndTermForm
        slug={slug}
        target={{ kind: 'role', roleAssignmentId: term.id }}
        version={term.version}
        defaultDay={term.to ?? board.today}
        testId={`end-role-${term.id}`}
      />
    ),
  };

  const currentSeats = board.seats.filter((seat) => !seat.past);
  const currentTerms = board.roleTerms.filter((term) => !term.past);
  const roleBody = (role: 'PREPARATION_GROUP' | 'MEMBER_REPRESENTATIVE') =>
    currentTerms.filter((term) => term.role === role);
  const empty = { title: t.none, body: '' };

  return (
    <>
      <PageHeader title={t.title} lead={t.intro} />
      <SettingsNav slug={slug} roles={roles} current="board" mailMode={mailMode} />
      {!editable ? <p className="mb-4 text-sm text-slate-600">{t.readOnly}</p> : null}

      <section className="card mb-6" aria-labelledby="body-board" data-testid="body-board">
        <h2 id="body-board" className="text-lg font-semibold">
          {t.bodies.BOARD}
        </h2>
        <p className="mb-2 text-sm text-slate-600">{t.bodyLead.BOARD}</p>
        <DataTable
          caption={t.bodies.BOARD}
          card={false}
          testId="board-seats"
          rowTestId="board-seat"
          rows={currentSeats}
          rowKey={(seat) => seat.id}
          columns={editable ? [...seatColumns, seatActions] : seatColumns}
          empty={empty}
        />
        {editable ? (
          <div className="mt-4 border-t border-slate-200 pt-4">
            <AddSeatForm
              slug={slug}
              deputyMode={board.deputyMode}
              members={board.members}
              people={board.people}
              ordinarySeats={currentSeats
                .filter((seat) => seat.kind === 'ORDINARY')
                .map((seat) => ({
                  id: seat.id,
                  label: `${seat.person.name} (${seat.members.map((m) => m.name).join(', ')})`,
                }))}
              defaultFrom={board.today}
            />
          </div>
        ) : null}
      </section>

      <section className="card mb-6" aria-labelledby="body-wc" data-testid="body-working-committee">
        <h2 id="body-wc" className="text-lg font-semibold">
          {t.bodies.WORKING_COMMITTEE}
        </h2>
        <p className="mb-2 text-sm text-slate-600">{t.bodyLead.WORKING_COMMITTEE}</p>
        <DataTable
          caption={t.bodies.WORKING_COMMITTEE}
          card={false}
          rows={currentSeats.filter((seat) => seat.workingCommittee)}
          rowKey={(seat) => seat.id}
          columns={seatColumns.slice(0, 5)}
          empty={empty}
        />
      </section>

      {(['PREPARATION_GROUP', 'MEMBER_REPRESENTATIVE'] as const).map((role) => {
        const body = role === 'PREPARATION_GROUP' ? 'PREPARATION_GROUP' : 'MEMBERS_CONSULTATION';
        return (
          <section key={role} className="card mb-6" aria-labelledby={`body-${body}`} data-testid={`body-${body}`}>
            <h2 id={`body-${body}`} className="text-lg font-semibold">
              {t.bodies[body]}
            </h2>
            <p className="mb-2 text-sm text-slate-600">{t.bodyLead[body]}</p>
            <DataTable
              caption={t.bodies[body]}
              card={false}
              rows={roleBody(role)}
              rowKey={(term) => term.id}
              columns={termColumns}
              empty={empty}
            />
          </section>
        );
      })}

      <section className="card mb-6" aria-labelledby="role-terms" data-testid="role-terms">
        <h2 id="role-terms" className="text-lg font-semibold">
          {t.rolesTitle}
        </h2>
        <DataTable
          caption={t.rolesTitle}
          card={false}
          rowTestId="role-term"
          rows={currentTerms}
          rowKey={(term) => term.id}
          columns={editable ? [...termColumns, termActions] : termColumns}
          empty={empty}
        />
        {editable ? (
          <div className="mt-4 border-t border-slate-200 pt-4">
            <AddRoleTermForm slug={slug} members={board.members} people={board.people} defaultFrom={board.today} />
          </div>
        ) : null}
      </section>

      <section className="card mb-6" aria-labelledby="past-terms" data-testid="past-terms">
        <h2 id="past-terms" className="text-lg font-semibold">
          {t.pastTitle}
        </h2>
        <Link className="text-sm text-accent-800 underline" href={showPast ? base : `${base}?historik=1`}>
          {showPast ? t.hidePast : t.showPast}
        </Link>
        {showPast ? (
          <div className="mt-3 grid gap-4">
            <DataTable
              caption={t.bodies.BOARD}
              captionVisible
              card={false}
              testId="past-seats"
              rows={board.seats.filter((seat) => seat.past)}
              rowKey={(seat) => seat.id}
              columns={seatColumns}
              empty={empty}
            />
            <DataTable
              caption={t.rolesTitle}
              captionVisible
              card={false}
              testId="past-role-terms"
              rows={board.roleTerms.filter((term) => term.past)}
              rowKey={(term) => term.id}
              columns={termColumns}
              empty={empty}
            />
          </div>
        ) : null}
      </section>
    </>
  );
}
