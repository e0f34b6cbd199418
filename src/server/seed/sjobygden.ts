import {
  assignRole,
  createBudgetLines,
  createPriceBaseAmounts,
  createSeats,
  date,
  upsertPerson,
  type SeedSeat,
  type Tx,
} from './seed-helpers';

/**
 * A fictional association of the common kind: FK, AF, one region and four municipalities
 * funding 50/25/25, the municipalities' quarter split by population; board 7 + 7.
 */
export async function seedSjobygden(tx: Tx, people: Record<string, string>, passwordHash: string) {
  const association = await tx.association.create({
    data: {
      slug: 'sjobygden',
      name: 'Samordningsförbundet Sjöbygden',
      settings: { create: {} },
      rules: {
        create: {
          effectiveFromYear: 2026,
          municipalSplitKey: 'POPULATION',
          equityFloor: '500000',
          prognosisYears: 2,
          equityCapTiers: { create: [{ order: 1, upTo: '7000000', percent: '20' }] },
        },
      },
    },
  });
  const a = association.id;
  await createPriceBaseAmounts(tx, a);

  const fk = await tx.member.create({ data: { associationId: a, kind: 'FK', name: 'Försäkringskassan', order: 1 } });
  const af = await tx.member.create({ data: { associationId: a, kind: 'AF', name: 'Arbetsförmedlingen', order: 2 } });
  const region = await tx.member.create({
    data: { associationId: a, kind: 'REGION', name: 'Region Sjöland', order: 3 },
  });
  const municipalities = await Promise.all(
    [
      ['Sjöstads kommun', 40000],
      ['Ekdala kommun', 25000],
      ['Granlunda kommun', 20000],
      ['Björkvikens kommun', 15000],
    ].map(([name, population], index) =>
      tx.member.create({
        data: {
          associationId: a,
          kind: 'MUNICIPALITY',
          name: String(name),
          order: 4 + index,
          keyFigures: { create: { year: 2026, population: Number(population) } },
        },
      }),
    ),
  );

  const p = (email: string) => people[email]!;
  const extra = async (email: string, name: string, role: 'BOARD_MEMBER' | 'DEPUTY') => {
    const id = await upsertPerson(tx, { email, name }, passwordHash);
    await assignRole(tx, a, id, role);
    return id;
  };
  const municipalOrdinary = [
    await extra('kommun1@sjobygden.se', 'Erik Sundin', 'BOARD_MEMBER'),
    await extra('kommun2@sjobygden.se', 'Linnea Falk', 'BOARD_MEMBER'),
    await extra('kommun3@sjobygden.se', 'Hassan Omar', 'BOARD_MEMBER'),
    await extra('kommun4@sjobygden.se', 'Agneta Roos', 'BOARD_MEMBER'),
  ];
  const deputies = [
    p('ersattare@sjobygden.se'),
    await extra('ersattare2@sjobygden.se', 'Tomas Vik', 'DEPUTY'),
    await extra('ersattare3@sjobygden.se', 'Sara Blom', 'DEPUTY'),
    await extra('ersattare4@sjobygden.se', 'Jonas Hall', 'DEPUTY'),
    await extra('ersattare5@sjobygden.se', 'Maria Lind', 'DEPUTY'),
    await extra('ersattare6@sjobygden.se', 'Peter Nord', 'DEPUTY'),
    await extra('ersattare7@sjobygden.se', 'Annika Berg', 'DEPUTY'),
  ];
  const deputyMembers = [region, fk, af, ...municipalities];
  const seats: SeedSeat[] = [
    { personId: p('ordforande@sjobygden.se'), kind: 'ORDINARY', memberId: region.id },
    { personId: p('vice@sjobygden.se'), kind: 'ORDINARY', memberId: fk.id },
    { personId: p('ledamot@sjobygden.se'), kind: 'ORDINARY', memberId: af.id },
    ...municipalOrdinary.map((personId, i) => ({
      personId,
      kind: 'ORDINARY' as const,
      memberId: municipalities[i]!.id,
    })),
    ...deputies.map((personId, i) => ({
      personId,
      kind: 'DEPUTY' as const,
      memberId: deputyMembers[i]!.id,
      deputyOrder: i + 1,
    })),
    { personId: p('chef@samplan.se'), kind: 'CO_OPTED', memberId: region.id },
  ];
  await createSeats(tx, a, date('2023-01-01'), seats);

  const plan = await tx.plan.create({
    data: {
      associationId: a,
      year: 2026,
      title: 'Verksamhets- och budgetplan 2026',
      status: 'ADOPTED',
      adoptedAt: date('2025-11-20'),
      lockedAt: date('2025-11-20'),
    },
  });
  await tx.planSection.createMany({
    data: [
      {
        level: 1,
        title: 'Bakgrund',
        bodyMarkdown:
          'Samordningsförbundet Sjöbygden bildades 2012 av Försäkringskassan, Arbetsförmedlingen, Region Sjöland och fyra kommuner.',
      },
      {
        level: 2,
        title: 'Finansiering',
        bodyMarkdown:
          'Staten bidrar med hälften, Region Sjöland med en fjärdedel och kommunerna tillsammans med en fjärdedel, fördelat efter folkmängd.',
      },
      {
        level: 1,
        title: 'Inriktning 2026',
        bodyMarkdown: 'Förbundet prioriterar unga vuxna och personer med långvarig sjukskrivning.',
      },
    ].map((section, order) => ({ planId: plan.id, order, ...section })),
  });
  const steget = await tx.intervention.create({
    data: {
      associationId: a,
      name: 'Steget vidare',
      kind: 'INDIVIDUAL',
      status: 'RUNNING',
      startDate: date('2025-01-01'),
      endDate: date('2027-12-31'),
      responsibleMembers: { connect: [{ id: municipalities[0]!.id }] },
    },
  });
  const framtid = await tx.intervention.create({
    data: {
      associationId: a,
      name: 'Ung framtid',
      kind: 'INDIVIDUAL',
      status: 'RUNNING',
      startDate: date('2026-01-01'),
      endDate: date('2026-12-31'),
      responsibleMembers: { connect: [{ id: region.id }, { id: af.id }] },
    },
  });
  const [sjostad, ekdala, granlunda, bjorkviken] = municipalities;
  await createBudgetLines(
    tx,
    plan.id,
    2026,
    [2025, 2026, 2027, 2028],
    [
      {
        name: 'Försäkringskassan',
        type: 'INCOME',
        category: 'MEMBER_CONTRIBUTION',
        memberId: fk.id,
        amounts: [3000000, 3000000, 3000000, 3000000],
      },
      {
        name: 'Region Sjöland',
        type: 'INCOME',
        category: 'MEMBER_CONTRIBUTION',
        memberId: region.id,
        amounts: [1500000, 1500000, 1500000, 1500000],
      },
      {
        name: 'Sjöstads kommun',
        type: 'INCOME',
        category: 'MEMBER_CONTRIBUTION',
        memberId: sjostad!.id,
        amounts: [600000, 600000, 600000, 600000],
      },
      {
        name: 'Ekdala kommun',
        type: 'INCOME',
        category: 'MEMBER_CONTRIBUTION',
        memberId: ekdala!.id,
        amounts: [375000, 375000, 375000, 375000],
      },
      {
        name: 'Granlunda kommun',
        type: 'INCOME',
        category: 'MEMBER_CONTRIBUTION',
        memberId: granlunda!.id,
        amounts: [300000, 300000, 300000, 300000],
      },
      {
        name: 'Björkvikens kommun',
        type: 'INCOME',
        category: 'MEMBER_CONTRIBUTION',
        memberId: bjorkviken!.id,
        amounts: [225000, 225000, 225000, 225000],
      },
      { name: 'Eget kapital', type: 'INCOME', category: 'EQUITY', amounts: [1350000, 1200000, null, null] },
      {
        name: 'Kansli och administration',
        type: 'COST',
        category: 'ADMINISTRATION',
        amounts: [880000, 900000, 920000, 940000],
      },
      {
        name: 'Strukturella aktiviteter',
        type: 'COST',
        category: 'STRUCTURAL',
        amounts: [420000, 400000, 400000, 400000],
      },
      {
        name: 'Steget vidare',
        type: 'COST',
        category: 'INTERVENTION',
        interventionId: steget.id,
        amounts: [2000000, 2100000, 2150000, 0],
      },
      {
        name: 'Ung framtid',
        type: 'COST',
        category: 'INTERVENTION',
        interventionId: framtid.id,
        amounts: [null, 1500000, 0, 0],
      },
      { name: 'Nya insatser', type: 'COST', category: 'NEW_ACTIVITIES', amounts: [null, 900000, 2500000, 4600000] },
    ],
  );
  return association;
}
