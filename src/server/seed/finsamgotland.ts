import { currentMinutesHash } from '@/server/minutes-adjustment/minutes-content';
import { readFileSync } from 'node:fs';
import { appealPeriodEnd } from '@/domain/notice-board/appeal-period';
import path from 'node:path';
import { seedFinsamGotlandInvoices } from './finsamgotland-invoices';
import { seedFinsamGotlandOutcome } from './finsamgotland-outcome';
import { parsePlanSections } from './plan-sections';
import {
  assignRole,
  createBudgetLines,
  createPriceBaseAmounts,
  createSeats,
  date,
  upsertPerson,
  type SeedBudgetRow,
  type Tx,
} from './seed-helpers';

const PLAN_MARKDOWN = path.join(process.cwd(), 'prisma/seed-data/verksamhets-och-budgetplan-2026.md');

/** Everyone seeded for FinsamGotland: the demo logins plus the rest of its 4 + 4 board. */
type People = Record<string, string>;

/**
 * FinsamGotland's 2026 plan, from shared/seeds and shared/fixtures (the budget table).
 * The printed plan's SUMMA KOSTNADER includes costs it does not list line by line
 * (the office: staff, premises); they are seeded as one administration line whose
 * amount is the difference, so every printed total holds.
 */
export const FINSAMGOTLAND_YEARS = [2025, 2026, 2027, 2028, 2029];

export async function seedFinsamGotland(tx: Tx, people: People, passwordHash: string) {
  const association = await tx.association.create({
    data: {
      slug: 'finsamgotland',
      name: 'Samordningsförbundet FinsamGotland',
      orgNumber: '222000-1966',
      settings: { create: {} },
      rules: {
        create: {
          effectiveFromYear: FINSAMGOTLAND_YEARS[0]!,
          regionHoldsMunicipalRole: true,
          equityFloor: '650000',
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
    data: { associationId: a, kind: 'REGION', name: 'Region Gotland', order: 3 },
  });

  const elin = await upsertPerson(tx, { email: 'elin.dahl@finsamgotland.se', name: 'Elin Dahl' }, passwordHash);
  const bjorn = await upsertPerson(tx, { email: 'bjorn.ek@finsamgotland.se', name: 'Björn Ek' }, passwordHash);
  const cecilia = await upsertPerson(
    tx,
    { email: 'cecilia.holm@finsamgotland.se', name: 'Cecilia Holm' },
    passwordHash,
  );
  const david = await upsertPerson(tx, { email: 'david.lund@finsamgotland.se', name: 'David Lund' }, passwordHash);
  const p = (email: string) => {
    const id = people[email];
    if (!id) throw new Error(`Seed person missing: ${email}`);
    return id;
  };
  const director = p('chef@samplan.se');
  const chair = p('ordforande@finsamgotland.se');
  const vice = p('vice@finsamgotland.se');
  const member = p('ledamot@finsamgotland.se');
  const deputy = p('ersattare@finsamgotland.se');

  await assignRole(tx, a, elin, 'BOARD_MEMBER', af.id);
  for (const id of [bjorn, cecilia, david]) await assignRole(tx, a, id, 'DEPUTY');
  await createSeats(tx, a, date('2023-01-01'), [
    { personId: chair, kind: 'ORDINARY', memberId: region.id },
    { personId: member, kind: 'ORDINARY', memberId: region.id },
    { personId: vice, kind: 'ORDINARY', memberId: fk.id },
    { personId: elin, kind: 'ORDINARY', memberId: af.id },
    { personId: deputy, kind: 'DEPUTY', memberId: region.id, deputyOrder: 1 },
    { personId: bjorn, kind: 'DEPUTY', memberId: region.id, deputyOrder: 2 },
    { personId: cecilia, kind: 'DEPUTY', memberId: fk.id, deputyOrder: 3 },
    { personId: david, kind: 'DEPUTY', memberId: af.id, deputyOrder: 4 },
    { personId: director, kind: 'CO_OPTED', memberId: region.id },
  ]);

  const plan = await tx.plan.create({
    data: {
      associationId: a,
      year: 2026,
      title: 'Verksamhets- och budgetplan 2026',
      status: 'ADOPTED',
      adoptedAt: date('2026-02-06'),
      lockedAt: date('2026-02-06'),
    },
  });
  const sections = parsePlanSections(readFileSync(PLAN_MARKDOWN, 'utf8'));
  await tx.planSection.createMany({ data: sections.map((s, order) => ({ planId: plan.id, order, ...s })) });
  await tx.focusArea.createMany({
    data: [
      'Fortsatt arbete med utveckling av flerparts SIP eller liknande samverkansform för att säkra en gemensam kartläggning och samordnat stöd som involverar individen i sin process',
      'Fortsatt gemensamt arbete för att skapa samsyn kring vad det betyder att vara sjuk eller frisk och när sjukskrivning är lämplig, med särskilt fokus på individer som har varit sjukskrivna under längre perioder och individer som riskerar längre sjukskrivningar',
      'Inventera möjligheter för utveckling av arbetet med IPS (Individual Placement and Support)',
      'Utveckling/identifiering av insatser/förbättrad flerpartssamverkan för unga vuxna (25–29 år) med aktivitetsersättning',
      'Inkludering av arbetsgivare',
    ].map((title, order) => ({ planId: plan.id, order, title })),
  });

  const [everyone, youth, youngAdults] = await Promise.all(
    [
      {
        name: 'Personer i behov av samordnad rehabilitering',
        ageMin: 16,
        ageMax: 64,
        priority: 1,
        description:
          'Individer som behöver samordnade rehabiliteringsinsatser från flera av parterna för att uppnå eller förbättra sin förmåga till förvärvsarbete: medicinska, psykiska, sociala eller arbetsmarknadsrelaterade utmaningar.',
      },
      {
        name: 'Ungdomar utanför arbetsmarknaden',
        ageMin: 16,
        ageMax: 20,
        priority: 2,
        description: 'Ungdomar som inte slutför grundskolan, inte påbörjar eller avslutar gymnasieskolan.',
      },
      {
        name: 'Unga vuxna med aktivitetsersättning',
        ageMin: 25,
        ageMax: 29,
        priority: 2,
        description: 'Fokusområde 2026: förbättrad flerpartssamverkan.',
      },
      {
        name: 'Parternas politiker, chefer och personal',
        ageMin: null,
        ageMax: null,
        priority: 3,
        description: 'Målgrupp på strukturnivå.',
      },
    ].map((group) => tx.targetGroup.create({ data: { planId: plan.id, ...group } })),
  );

  const arEnded = await tx.intervention.create({
    data: {
      associationId: a,
      name: 'Jobbvägen A/R',
      kind: 'INDIVIDUAL',
      status: 'ENDED',
      startDate: date('2023-01-01'),
      endDate: date('2025-12-31'),
      responsibleMembers: { connect: [{ id: region.id }, { id: af.id }] },
      targetGroups: { connect: [{ id: everyone!.id }] },
    },
  });
  const forsteget = await tx.intervention.create({
    data: {
      associationId: a,
      name: 'Jobbvägen – Försteget till ordinarie verksamhet',
      kind: 'INDIVIDUAL',
      status: 'RUNNING',
      startDate: date('2025-01-01'),
      endDate: date('2028-06-30'),
      implementationPlan:
        'Arbetssättet förs över till avdelningen för arbetsliv och etablering inom Region Gotland när finansieringen upphör.',
      responsibleMembers: { connect: [{ id: region.id }] },
      targetGroups: { connect: [{ id: everyone!.id }] },
    },
  });
  const ungVux = await tx.intervention.create({
    data: {
      associationId: a,
      name: 'Ung Vux Gotland',
      kind: 'INDIVIDUAL',
      status: 'RUNNING',
      startDate: date('2024-01-01'),
      endDate: date('2026-12-31'),
      implementationPlan: 'En förlängning 2027 bereds (ärende 2026-2).',
      responsibleMembers: { connect: [{ id: region.id }, { id: af.id }, { id: fk.id }] },
      targetGroups: { connect: [{ id: youth!.id }, { id: youngAdults!.id }] },
    },
  });

  const goals = [
    {
      level: 'INDIVIDUAL',
      text: '75 % av deltagarna ska uppleva sig vara mer redo att arbeta eller studera',
      targetKind: 'PERCENT',
      targetValue: '75',
      indicator: 'NNS indikatorenkät: Känner du dig mer redo att arbeta eller studera än tidigare?',
    },
    {
      level: 'INDIVIDUAL',
      text: '75 % av deltagarna ska uppleva att de har fått stöd som är till stor nytta för dem',
      targetKind: 'PERCENT',
      targetValue: '75',
      indicator: 'NNS indikatorenkät: Har du fått stöd som är till nytta för dig?',
    },
    {
      level: 'STRUCTURAL',
      text: 'Etablerad flerparts samverkansstruktur med gemensamma kartläggningar',
      targetKind: 'YES_NO',
      targetValue: null,
      indicator: '',
    },
    {
      level: 'STRUCTURAL',
      text: '90 % av personal involverad i kompetensutveckling och övriga aktiviteter/insatser rapporterar att det ökar deras kompetens och samverkansförmåga',
      targetKind: 'PERCENT',
      targetValue: '90',
      indicator: 'Utvärdering efter aktivitet',
    },
    {
      level: 'FINANCIAL',
      text: 'Verksamheten ska bedrivas inom den budgetram som beslutas av samordningsförbundets styrelse',
      financialCheck: 'WITHIN_BUDGET',
    },
    {
      level: 'FINANCIAL',
      text: 'Samordningsförbundet ska vara självfinansierat genom sina medlemsavgifter och får inte teckna lån eller krediter utöver vad som krävs för att samverkan ska fungera',
      financialCheck: 'NO_LOANS',
    },
    {
      level: 'FINANCIAL',
      text: 'Förbundets egna kapital ska maximalt uppgå till 20 % på belopp upp till 7 miljoner kronor. Lämplig nivå anses vara 650 000 kronor',
      financialCheck: 'EQUITY_AT_MOST_CAP',
    },
  ] as const;
  for (const [order, goal] of goals.entries()) {
    const individual = goal.level === 'INDIVIDUAL';
    await tx.goal.create({
      data: {
        planId: plan.id,
        order,
        ...goal,
        targetGroups: individual ? { connect: [{ id: everyone!.id }] } : undefined,
        interventions: individual ? { connect: [{ id: forsteget.id }, { id: ungVux.id }] } : undefined,
      },
    });
  }

  const rows: SeedBudgetRow[] = [
    {
      name: 'Försäkringskassan',
      type: 'INCOME',
      category: 'MEMBER_CONTRIBUTION',
      memberId: fk.id,
      amounts: [2115000, 2100000, 2050000, 2000000, 2000000],
    },
    {
      name: 'Region Gotland',
      type: 'INCOME',
      category: 'MEMBER_CONTRIBUTION',
      memberId: region.id,
      amounts: [2115000, 2100000, 2050000, 2000000, 2000000],
    },
    {
      name: 'Lönebidrag',
      type: 'INCOME',
      category: 'OTHER_INCOME',
      outsideTotal: true,
      note: 'Inkluderas inte i totalen. Beräknas direkt in under personalkostnader.',
      amounts: [100000, 160000, 160000, 160000, 160000],
    },
    { name: 'Ränteintäkter', type: 'INCOME', category: 'OTHER_INCOME', amounts: [562, 500, 500, 500, 400] },
    { name: 'Eget kapital', type: 'INCOME', category: 'EQUITY', amounts: [2263472, 2714095, null, null, null] },
    {
      name: 'Strukturell samverkan & kompetensutveckling',
      type: 'COST',
      category: 'STRUCTURAL',
      amounts: [300000, 300000, 300000, 300000, 300000],
    },
    {
      name: 'Uppföljning & utvärdering',
      type: 'COST',
      category: 'STRUCTURAL',
      amounts: [10000, 5000, 5000, 5000, 5000],
    },
    { name: 'Konsulttjänster', type: 'COST', category: 'STRUCTURAL', amounts: [50000, null, null, null, null] },
    {
      name: 'Jobbvagen A/R',
      type: 'COST',
      category: 'INTERVENTION',
      interventionId: arEnded.id,
      amounts: [960000, 0, 0, 0, 0],
    },
    {
      name: 'Jobbvägen försteget',
      type: 'COST',
      category: 'INTERVENTION',
      interventionId: forsteget.id,
      amounts: [1133510, 1652447, 1705325, 735421, null],
    },
    {
      name: 'Ung Vux Gotland',
      type: 'COST',
      category: 'INTERVENTION',
      interventionId: ungVux.id,
      amounts: [908128, 850000, 0, 0, 0],
    },
    {
      name: 'Nya insatser',
      type: 'COST',
      category: 'NEW_ACTIVITIES',
      note: 'Förslagsvis uppdelad mellan en förlängning av Ung Vux Gotland (800 000) och utveckling och implementering av samverkansutveckling (500 000).',
      amounts: [null, 1300000, 1300000, 1300000, 2000000],
    },
    {
      name: 'Reserv eget kapital',
      type: 'COST',
      category: 'RESERVE',
      amounts: [650000, 650000, 650000, 650000, 650000],
    },
    {
      name: 'Administration (kansli, personal, lokaler)',
      type: 'COST',
      category: 'ADMINISTRATION',
      note: 'Ingår i planens SUMMA KOSTNADER men specificeras inte där; beloppet är skillnaden mot de redovisade raderna.',
      amounts: [482528, 625000, 653000, 1145000, 1216800],
    },
  ];
  await createBudgetLines(tx, plan.id, 2026, FINSAMGOTLAND_YEARS, rows);
  await seedDraft2027(tx, a, sections, rows);

  await seedGovernance(tx, {
    a,
    plan: plan.id,
    director,
    chair,
    vice,
    member,
    elin,
    // Region Gotland's member representative raised the region's application (ADR 036).
    representative: p('medlem@finsamgotland.se'),
    region: region.id,
    ungVux: ungVux.id,
  });
  await seedFinsamGotlandOutcome(tx, plan.id);
  await seedFinsamGotlandInvoices(tx, { a, plan: plan.id, director, forsteget: forsteget.id });
  return association;
}

/**
 * November 2026: the director is drafting the 2027 plan. Its budget starts from the 2026
 * plan moved one year on (2026's budget as the current year, the prognoses as next years,
 * the last prognosis repeated), with 2026's opening equity as the entered starting point.
 */
async function seedDraft2027(
  tx: Tx,
  associationId: string,
  sections: ReturnType<typeof parsePlanSections>,
  rows2026: SeedBudgetRow[],
) {
  const draft = await tx.plan.create({
    data: { associationId, year: 2027, title: 'Verksamhets- och budgetplan 2027', status: 'DRAFT' },
  });
  await tx.planSection.createMany({ data: sections.map((s, order) => ({ planId: draft.id, order, ...s })) });
  const movedOn = rows2026
    .filter(
      (row) => row.amounts.slice(1).some((amount) => amount !== null && amount !== 0) || row.category === 'EQUITY',
    )
    .map((row) => {
      const [, y2026 = null, y2027 = null, y2028 = null, y2029 = null] = row.amounts;
      const amounts = row.category === 'EQUITY' ? [y2026, null, null, null, null] : [y2026, y2027, y2028, y2029, y2029];
      return { ...row, amounts };
    });
  await createBudgetLines(tx, draft.id, 2027, [2026, 2027, 2028, 2029, 2030], movedOn);
}

/**
 * The next board meeting: 11 December 2026 as in the demo's calendar, or two weeks ahead when
 * the demo is seeded after that, so it is always upcoming (notices, the follow-up report).
 */
export function nextBoardMeeting(now: Date): Date {
  const planned = new Date('2026-12-11T09:00:00+01:00');
  const day = 24 * 60 * 60 * 1000;
  if (planned.getTime() - now.getTime() > 4 * day) return planned;
  const later = new Date(now.getTime() + 14 * day);
  later.setUTCHours(8, 0, 0, 0); // 09:00 in Stockholm in winter
  return later;
}

async function seedGovernance(
  tx: Tx,
  ids: {
    a: string;
    plan: string;
    director: string;
    chair: string;
    vice: string;
    member: string;
    elin: string;
    representative: string;
    region: string;
    ungVux: string;
  },
) {
  const { a } = ids;
  const planMatter = await tx.matter.create({
    data: {
      associationId: a,
      year: 2026,
      number: 1,
      kind: 'PLAN',
      title: 'Verksamhets- och budgetplan 2026',
      status: 'DECIDED',
      raisedById: ids.director,
      planId: ids.plan,
      proposedDecision: 'Styrelsen antar verksamhets- och budgetplan 2026.',
    },
  });
  await tx.matter.create({
    data: {
      associationId: a,
      year: 2026,
      number: 2,
      kind: 'APPLICATION',
      title: 'Ansökan om samverkansmedel: förlängning av Ung Vux Gotland 2027',
      description: 'Region Gotland ansöker om fortsatt finansiering av Ung Vux Gotland under 2027.',
      status: 'IN_PREPARATION',
      raisedById: ids.representative,
      raisedByMemberId: ids.region,
      requestedAmount: '800000',
      periodStart: new Date('2027-01-01'),
      periodEnd: new Date('2027-12-31'),
      interventionId: ids.ungVux,
    },
  });

  const held = await tx.meeting.create({
    data: {
      associationId: a,
      body: 'BOARD',
      title: 'Styrelsemöte',
      startsAt: new Date('2026-02-06T09:00:00+01:00'),
      location: 'Visby',
      status: 'MINUTES_LOCKED',
      noticeSentAt: new Date('2026-01-27T12:00:00+01:00'),
      minutesLockedAt: new Date('2026-02-13T12:00:00+01:00'),
      // Chaired by the chair, kept by the director, marked ready on the Monday after (ADR 033).
      minutesState: 'LOCKED',
      minutesReadyAt: new Date('2026-02-09T10:00:00+01:00'),
      chairId: ids.chair,
      secretaryId: ids.director,
    },
  });
  const items = ['OPENING', 'ADJUSTERS', 'AGENDA_APPROVAL', 'ECONOMIC_FOLLOW_UP', 'MATTER', 'CLOSING'] as const;
  const titles = [
    'Mötets öppnande',
    'Val av justerare',
    'Godkännande av dagordning',
    'Ekonomisk uppföljning',
    'Verksamhets- och budgetplan 2026',
    'Mötets avslutande',
  ];
  for (const [order, kind] of items.entries()) {
    const item = await tx.agendaItem.create({
      data: {
        meetingId: held.id,
        order,
        kind,
        title: titles[order]!,
        matterId: kind === 'MATTER' ? planMatter.id : undefined,
      },
    });
    const paragraph = await tx.minutesParagraph.create({
      data: {
        meetingId: held.id,
        associationId: a,
        year: 2026,
        number: order + 1,
        agendaItemId: item.id,
        title: item.title,
        decisionText: kind === 'MATTER' ? 'Styrelsen beslutar att anta verksamhets- och budgetplan 2026.' : '',
        matterId: item.matterId,
        planId: kind === 'MATTER' ? ids.plan : undefined,
      },
    });
    if (kind === 'MATTER') {
      const decision = await tx.decision.create({
        data: {
          associationId: a,
          meetingId: held.id,
          paragraphId: paragraph.id,
          matterId: planMatter.id,
          text: paragraph.decisionText,
          decidedAt: held.startsAt,
          effectiveAt: held.startsAt,
        },
      });
      await tx.plan.update({ where: { id: ids.plan }, data: { adoptionDecisionId: decision.id } });
      // Published on the notice board the day the adoption took effect (ADR 034).
      await tx.noticeBoardPosting.create({
        data: {
          associationId: a,
          kind: 'PLAN',
          planId: ids.plan,
          postedAt: held.startsAt,
          postedOn: new Date('2026-02-06T00:00:00Z'),
        },
      });
    }
  }
  for (const personId of [ids.chair, ids.vice, ids.member, ids.elin]) {
    await tx.attendance.create({ data: { meetingId: held.id, personId, status: 'PRESENT' } });
  }
  await tx.attendance.create({
    data: { meetingId: held.id, personId: ids.director, status: 'PRESENT', coOpted: true },
  });
  // Both adjusters approved exactly this content (its hash); the second approval locked the minutes.
  const contentHash = await currentMinutesHash(tx, held.id);
  await tx.adjuster.createMany({
    data: [
      { personId: ids.vice, approvedAt: new Date('2026-02-11T16:20:00+01:00') },
      { personId: ids.member, approvedAt: new Date('2026-02-13T12:00:00+01:00') },
    ].map((approval) => ({ meetingId: held.id, contentHash, ...approval })),
  });
  // The adjusted minutes were posted on the notice board when they were locked: 13 February 2026, with
  // the appeal period to Friday 6 March (ADR 034).
  await tx.noticeBoardPosting.create({
    data: {
      associationId: a,
      kind: 'MINUTES',
      meetingId: held.id,
      postedAt: held.minutesLockedAt!,
      postedOn: new Date('2026-02-13T00:00:00Z'),
      takeDownOn: new Date(`${appealPeriodEnd('2026-02-13')}T00:00:00Z`),
    },
  });

  const upcoming = await tx.meeting.create({
    data: {
      associationId: a,
      body: 'BOARD',
      title: 'Styrelsemöte',
      startsAt: nextBoardMeeting(new Date()),
      location: 'Visby',
      status: 'PLANNED',
    },
  });
  const upcomingTitles = [
    'Mötets öppnande',
    'Val av justerare',
    'Godkännande av dagordning',
    'Ekonomisk uppföljning',
    'Övriga frågor',
    'Mötets avslutande',
  ];
  const upcomingKinds = ['OPENING', 'ADJUSTERS', 'AGENDA_APPROVAL', 'ECONOMIC_FOLLOW_UP', 'OTHER', 'CLOSING'] as const;
  await tx.agendaItem.createMany({
    data: upcomingKinds.map((kind, order) => ({ meetingId: upcoming.id, order, kind, title: upcomingTitles[order]! })),
  });

  const structural = await tx.budgetLine.findFirstOrThrow({
    where: { planId: ids.plan, name: 'Strukturell samverkan & kompetensutveckling' },
  });
  const followUp = await tx.budgetLine.findFirstOrThrow({
    where: { planId: ids.plan, name: 'Uppföljning & utvärdering' },
  });
  const paid = await tx.invoice.create({
    data: {
      associationId: a,
      supplier: 'Visby Konferens AB',
      invoiceNumber: '2026-0412',
      invoiceDate: new Date('2026-04-20'),
      dueDate: new Date('2026-05-20'),
      amountExclVat: '12400',
      amountInclVat: '15500',
      budgetLineId: structural.id,
      status: 'PAID',
      paidAt: new Date('2026-05-15'),
    },
  });
  await tx.attestation.create({
    data: { invoiceId: paid.id, attestedById: ids.director, outcome: 'ATTESTED', rule: 'DIRECTOR_WITHIN_LIMIT' },
  });
  await tx.invoice.create({
    data: {
      associationId: a,
      supplier: 'Analys & Utvärdering Gotland AB',
      invoiceNumber: 'F-1187',
      invoiceDate: new Date('2026-11-10'),
      dueDate: new Date('2026-12-10'),
      amountExclVat: '4000',
      amountInclVat: '5000',
      budgetLineId: followUp.id,
    },
  });
}
