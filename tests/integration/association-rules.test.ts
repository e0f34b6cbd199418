import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillContributionsFromState } from '@/server/budget/fill-contributions-from-state';
import { loadRulesSettings } from '@/server/budget/load-rules-settings';
import { AuthorizationError } from '@/server/kernel/authorization-error';
import { ConflictError, FieldValidationError, StaleVersionError } from '@/server/kernel/use-case-errors';
import { loadQuorumSettings } from '@/server/meeting/load-quorum';
import { loadPlanBudgetAnalysis } from '@/server/plan/load-plan-budget-analysis';
import { addMember } from '@/server/settings/add-member';
import { loadAssociationRules, loadMembersForYear } from '@/server/settings/load-association-rules';
import { removeMember } from '@/server/settings/remove-member';
import { saveAssociationRules, type SaveAssociationRulesInput } from '@/server/settings/save-association-rules';
import { saveKeyFigures } from '@/server/settings/save-key-figures';
import { updateMember } from '@/server/settings/update-member';
import { refusal } from '../support/refusal';
import { createTestDatabase } from '../support/test-database';

/**
 * An association shaped unlike the demo: 9 members (FK, AF, one region, 6 municipalities split by
 * population), set up through the use cases the Regler and Medlemmar pages call.
 */
let database: Awaited<ReturnType<typeof createTestDatabase>>;
const deps = () => ({ db: database.prisma, now: new Date('2026-12-02T10:00:00Z') });
const ids = { association: '', other: '', director: '', administrator: '', board: '', fk: '', plan: '' };
const municipalities: { id: string; name: string; population: number }[] = [];
const director = () => ({ personId: ids.director });

const rulesInput = (patch: Partial<SaveAssociationRulesInput> = {}): SaveAssociationRulesInput => ({
  associationId: ids.association,
  year: 2026,
  version: null,
  regionHoldsMunicipalRole: false,
  municipalSplitKey: 'POPULATION',
  equityFloor: '500 000',
  capTiers: [
    { upTo: '5 000 000', percent: '20' },
    { upTo: null, percent: '10' },
  ],
  prognosisYears: 2,
  adoptionDeadlineMonth: 11,
  adoptionDeadlineDay: 30,
  quorumRule: 'MORE_THAN_HALF',
  quorumFixedCount: null,
  noticeBoardText: 'Anslagstavlan på förbundets webbplats',
  noticeBoardUrl: 'https://example.se/anslag',
  ...patch,
});

beforeAll(async () => {
  database = await createTestDatabase();
  const db = database.prisma;
  const person = async (email: string) =>
    (await db.person.create({ data: { email, name: email, passwordHash: 'x' } })).id;
  ids.association = (
    await db.association.create({ data: { slug: 'nio', name: 'Samordningsförbundet Nio', settings: { create: {} } } })
  ).id;
  ids.other = (await db.association.create({ data: { slug: 'annat', name: 'Annat förbund' } })).id;
  ids.director = await person('chef@nio.se');
  ids.administrator = await person('admin@nio.se');
  ids.board = await person('ledamot@nio.se');
  await db.roleAssignment.createMany({
    data: [
      { personId: ids.director, associationId: ids.association, role: 'DIRECTOR' },
      { personId: ids.administrator, associationId: ids.association, role: 'ADMINISTRATOR' },
      { personId: ids.board, associationId: ids.association, role: 'BOARD_MEMBER' },
    ],
  });
});
afterAll(async () => {
  await database?.drop();
});

describe('an association of 9 members set up in the settings', () => {
  it('adds FK, AF, a region and six municipalities', async () => {
    const add = (
      kind: 'FK' | 'AF' | 'REGION' | 'MUNICIPALITY',
      name: string,
      order: number,
      orgNumber: string | null = null,
    ) =>
      addMember(
        { associationId: ids.association, kind, name, orgNumber, order, joinedYear: null, leftYear: null },
        director(),
        deps(),
      );
    ids.fk = (await add('FK', 'Försäkringskassan', 1, '202100-5521')).id;
    await add('AF', 'Arbetsförmedlingen', 2);
    await add('REGION', 'Region Mellanland', 3);
    const populations = [60_000, 25_000, 10_000, 3_000, 1_500, 500];
    for (const [index, population] of populations.entries()) {
      const name = `Kommun ${index + 1}`;
      municipalities.push({ id: (await add('MUNICIPALITY', name, 4 + index)).id, name, population });
    }
    expect(await database.prisma.member.count({ where: { associationId: ids.association } })).toBe(9);
    const audit = await database.prisma.auditLog.findFirst({
      where: { associationId: ids.association, action: 'settings.memberAdded', entityId: ids.fk },
    });
    expect(audit?.data).toMatchObject({ after: { name: 'Försäkringskassan', orgNumber: '202100-5521' } });
  });

  it('refuses an organisation number in the wrong format, next to the field', async () => {
    const error = await refusal(
      addMember(
        {
          associationId: ids.association,
          kind: 'AF',
          name: 'X',
          orgNumber: '2021005521',
          order: 1,
          joinedYear: null,
          leftYear: null,
        },
        director(),
        deps(),
      ),
    );
    expect(error).toBeInstanceOf(FieldValidationError);
    expect((error as FieldValidationError).fieldErrors.orgNumber).toBe('Skriv organisationsnumret som NNNNNN-NNNN.');
  });

  it('saves the rules from 2026 and the key by population, and splits the municipalities’ quarter over six', async () => {
    expect((await loadAssociationRules(database.prisma, ids.association, 2026)).effectiveFromYear).toBeNull();
    await saveAssociationRules(rulesInput(), director(), deps());
    await saveKeyFigures(
      {
        associationId: ids.association,
        year: 2026,
        figures: municipalities.map((m) => ({
          memberId: m.id,
          version: null,
          population: m.population,
          splitPercent: null,
        })),
      },
      director(),
      deps(),
    );
    const plan = await database.prisma.plan.create({
      data: { associationId: ids.association, year: 2026, title: 'Plan 2026' },
    });
    ids.plan = plan.id;
    await database.prisma.budgetLine.create({
      data: {
        planId: plan.id,
        type: 'INCOME',
        category: 'MEMBER_CONTRIBUTION',
        name: 'Försäkringskassan',
        order: 1,
        memberId: ids.fk,
        amounts: { create: { year: 2026, kind: 'BUDGET', amount: '2000000' } },
      },
    });
    await fillContributionsFromState({ associationId: ids.association, planId: plan.id }, director(), deps());
    const lines = await database.prisma.budgetLine.findMany({
      where: { planId: plan.id, memberId: { in: municipalities.map((m) => m.id) } },
      include: { amounts: { where: { year: 2026, kind: 'BUDGET' } } },
    });
    const byName = Object.fromEntries(
      municipalities.map((m) => [m.name, lines.find((l) => l.memberId === m.id)?.amounts[0]?.amount.toString()]),
    );
    expect(byName).toEqual({
      'Kommun 1': '600000',
      'Kommun 2': '250000',
      'Kommun 3': '100000',
      'Kommun 4': '30000',
      'Kommun 5': '15000',
      'Kommun 6': '5000',
    });
    const analysis = await loadPlanBudgetAnalysis(database.prisma, { ...plan });
    expect(analysis.fundingSplit.problems).toEqual([]);
  });

  it('changes the rules and the key from 2027 and leaves 2026’s budget analysis unchanged', async () => {
    const plan = { id: ids.plan, year: 2026, associationId: ids.association };
    const before = JSON.stringify(await loadPlanBudgetAnalysis(database.prisma, plan));
    const settingsBefore = await loadRulesSettings(database.prisma, ids.association, 2026);
    await saveAssociationRules(
      rulesInput({
        year: 2027,
        equityFloor: '900 000',
        municipalSplitKey: 'EQUAL',
        quorumRule: 'FIXED_COUNT',
        quorumFixedCount: 3,
      }),
      director(),
      deps(),
    );
    await saveKeyFigures(
      {
        associationId: ids.association,
        year: 2027,
        figures: municipalities.map((m) => ({
          memberId: m.id,
          version: null,
          population: m.population * 2,
          splitPercent: null,
        })),
      },
      director(),
      deps(),
    );
    expect(JSON.stringify(await loadPlanBudgetAnalysis(database.prisma, plan))).toBe(before);
    expect(await loadRulesSettings(database.prisma, ids.association, 2026)).toEqual(settingsBefore);
    const rules2027 = await loadRulesSettings(database.prisma, ids.association, 2027);
    expect([rules2027.settings.equityFloor, rules2027.settings.municipalSplitKey]).toEqual(['900000', 'EQUAL']);
    expect(
      (await loadMembersForYear(database.prisma, ids.association, 2028)).find((m) => m.name === 'Kommun 1'),
    ).toMatchObject({
      population: 120_000,
      keyYear: 2027,
    });
    expect(await loadQuorumSettings(database.prisma, ids.association, new Date('2026-06-01T10:00:00Z'))).toMatchObject({
      rule: 'MORE_THAN_HALF',
    });
    expect(await loadQuorumSettings(database.prisma, ids.association, new Date('2027-06-01T10:00:00Z'))).toMatchObject({
      rule: 'FIXED_COUNT',
      fixedCount: 3,
    });
    const audit = await database.prisma.auditLog.findFirst({
      where: { associationId: ids.association, action: 'settings.rulesChanged' },
      orderBy: { at: 'desc' },
    });
    expect(audit?.data).toMatchObject({
      year: 2027,
      before: { equityFloor: '500000.00', municipalSplitKey: 'POPULATION' },
      after: { equityFloor: '900000.00', municipalSplitKey: 'EQUAL' },
    });
  });

  it('refuses a change to the rules of a year whose plan is adopted, and allows a later year', async () => {
    await database.prisma.plan.update({ where: { id: ids.plan }, data: { status: 'ADOPTED' } });
    const version = (await loadAssociationRules(database.prisma, ids.association, 2026)).version;
    const error = await refusal(saveAssociationRules(rulesInput({ version, equityFloor: '1' }), director(), deps()));
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as Error).message).toContain('2026');
    const version2027 = (await loadAssociationRules(database.prisma, ids.association, 2027)).version;
    await saveAssociationRules(
      rulesInput({ year: 2027, version: version2027, equityFloor: '950 000' }),
      director(),
      deps(),
    );
  });

  it('refuses inconsistent rules and key figures next to the field', async () => {
    const rules = await refusal(
      saveAssociationRules(
        rulesInput({
          year: 2030,
          equityFloor: '-1',
          capTiers: [
            { upTo: '5 000 000', percent: '20' },
            { upTo: '4 000 000', percent: '120' },
          ],
          adoptionDeadlineMonth: 2,
          adoptionDeadlineDay: 30,
          quorumRule: 'FIXED_COUNT',
          quorumFixedCount: 0,
        }),
        director(),
        deps(),
      ),
    );
    expect(Object.keys((rules as FieldValidationError).fieldErrors).sort()).toEqual([
      'adoptionDeadlineDay',
      'capTiers.1.percent',
      'capTiers.1.upTo',
      'equityFloor',
      'quorumFixedCount',
    ]);
    await saveAssociationRules(rulesInput({ year: 2031, municipalSplitKey: 'FIXED_PERCENT' }), director(), deps());
    const key = await refusal(
      saveKeyFigures(
        {
          associationId: ids.association,
          year: 2031,
          figures: municipalities.map((m) => ({ memberId: m.id, version: null, population: null, splitPercent: '10' })),
        },
        director(),
        deps(),
      ),
    );
    expect((key as FieldValidationError).fieldErrors.splitPercentSum).toBe(
      'Andelarna måste tillsammans bli 100 % (nu 60 %).',
    );
  });

  it('the administrator may edit; a board member is refused (FORBIDDEN); another association answers NOT_FOUND', async () => {
    await saveAssociationRules(rulesInput({ year: 2032 }), { personId: ids.administrator }, deps());
    const forbidden = await refusal(saveAssociationRules(rulesInput({ year: 2033 }), { personId: ids.board }, deps()));
    expect(forbidden).toBeInstanceOf(AuthorizationError);
    expect((forbidden as AuthorizationError).code).toBe('FORBIDDEN');
    const memberForbidden = await refusal(
      addMember(
        {
          associationId: ids.association,
          kind: 'AF',
          name: 'X',
          orgNumber: null,
          order: 1,
          joinedYear: null,
          leftYear: null,
        },
        { personId: ids.board },
        deps(),
      ),
    );
    expect((memberForbidden as AuthorizationError).code).toBe('FORBIDDEN');
    const foreign = await refusal(
      saveAssociationRules(rulesInput({ associationId: ids.other, year: 2033 }), director(), deps()),
    );
    expect((foreign as AuthorizationError).code).toBe('NOT_FOUND');
    const foreignMember = await refusal(
      updateMember(
        {
          associationId: ids.association,
          memberId: 'no-such-member',
          version: 1,
          kind: 'AF',
          name: 'X',
          orgNumber: null,
          order: 1,
          joinedYear: null,
          leftYear: null,
        },
        director(),
        deps(),
      ),
    );
    expect((foreignMember as AuthorizationError).code).toBe('NOT_FOUND');
  });

  it('answers STALE to a change made on an old version', async () => {
    const stale = await refusal(saveAssociationRules(rulesInput({ year: 2032, version: null }), director(), deps()));
    expect(stale).toBeInstanceOf(StaleVersionError);
    const member = await database.prisma.member.findUniqueOrThrow({ where: { id: municipalities[5]!.id } });
    await updateMember(
      {
        associationId: ids.association,
        memberId: member.id,
        version: member.version,
        kind: 'MUNICIPALITY',
        name: member.name,
        orgNumber: null,
        order: member.order,
        joinedYear: null,
        leftYear: 2027,
      },
      director(),
      deps(),
    );
    const staleMember = await refusal(
      updateMember(
        {
          associationId: ids.association,
          memberId: member.id,
          version: member.version,
          kind: 'MUNICIPALITY',
          name: 'Y',
          orgNumber: null,
          order: 1,
          joinedYear: null,
          leftYear: null,
        },
        director(),
        deps(),
      ),
    );
    expect(staleMember).toBeInstanceOf(StaleVersionError);
    // Ended in 2027: it still counts for 2027, not for 2028.
    expect((await loadMembersForYear(database.prisma, ids.association, 2027)).some((m) => m.id === member.id)).toBe(
      true,
    );
    expect((await loadMembersForYear(database.prisma, ids.association, 2028)).some((m) => m.id === member.id)).toBe(
      false,
    );
  });

  it('refuses to remove a member that a budget line refers to, and removes one nothing refers to', async () => {
    const fk = await database.prisma.member.findUniqueOrThrow({ where: { id: ids.fk } });
    const error = await refusal(
      removeMember({ associationId: ids.association, memberId: fk.id, version: fk.version }, director(), deps()),
    );
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as Error).message).toContain('budgetrader');
    const { id } = await addMember(
      {
        associationId: ids.association,
        kind: 'MUNICIPALITY',
        name: 'Felinlagd',
        orgNumber: null,
        order: 20,
        joinedYear: null,
        leftYear: null,
      },
      director(),
      deps(),
    );
    await removeMember({ associationId: ids.association, memberId: id, version: 1 }, director(), deps());
    expect(await database.prisma.member.count({ where: { id } })).toBe(0);
  });
});
