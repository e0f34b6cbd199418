/**
 * Issue 8 part 1, the plan content, interventions and results: every mutation writes an audit
 * entry with the values before and after. One row per mutating use case (see the harness and the
 * guard in audit-trail.test.ts); rows run in the order written and share this file's database.
 * A row that adds and then saves checks both entries where their actions differ; where both
 * writes have the same action it checks the later (an update: both sides).
 */
import { afterAll, beforeAll, expect } from 'vitest';
import { templateColumns } from '@/domain/results/stats-import';
import { toCsv } from '@/domain/csv/write-csv';
import { saveIntervention } from '@/server/intervention/save-intervention';
import { saveInterventionBudget } from '@/server/intervention/save-intervention-budget';
import { movePlanSection } from '@/server/plan/move-plan-section';
import { removePlanContent } from '@/server/plan/remove-plan-content';
import { removePlanSection } from '@/server/plan/remove-plan-section';
import { saveFocusArea } from '@/server/plan/save-focus-area';
import { saveGoal } from '@/server/plan/save-goal';
import { savePlanSection } from '@/server/plan/save-plan-section';
import { saveTargetGroup } from '@/server/plan/save-target-group';
import { startNextYearPlan } from '@/server/plan/start-next-year-plan';
import { createPlan } from '@/server/plan/create-plan';
import { deleteDraftPlan } from '@/server/plan/delete-draft-plan';
import { loadGoalOutcomes } from '@/server/results/goal-outcomes';
import { importParticipantStats } from '@/server/results/import-participant-stats';
import { saveAnnualReportNarrative } from '@/server/results/save-annual-report-narrative';
import { saveGoalEvaluation } from '@/server/results/save-goal-evaluation';
import { saveIndicatorResult } from '@/server/results/save-indicator-result';
import { saveParticipantStats } from '@/server/results/save-participant-stats';
import { updateSocioEconomicSettings } from '@/server/results/update-socio-economic-settings';
import { forstegetQ4Counts } from '../support/results-fixture';
import { runAuditRows, type AuditRows } from '../support/audit-trail-harness';
import { seededDemoDatabase, type DemoIds } from '../support/demo-ids';
import type { TestDatabase } from '../support/test-database';

let database: TestDatabase;
const db = () => database.prisma;
const now = new Date('2026-11-25T12:00:00+01:00');
const deps = () => ({ db: database.prisma, now });
let ids: DemoIds;
const shared: { interventionId?: string; historyPlanId?: string } = {};

beforeAll(async () => {
  ({ database, ids } = await seededDemoDatabase());
});
afterAll(() => database?.drop());

const director = () => ({ personId: ids.director });

const counts = () => forstegetQ4Counts(ids.forsteget);
const stats = () => ({ associationId: ids.gotland, ...counts() });

const ROWS: AuditRows = {
  // ───────────── Interventions ─────────────
  'src/server/intervention/save-intervention.ts#saveIntervention': async () => {
    const input = {
      associationId: ids.gotland,
      name: 'Arbetsgivarnätverk Gotland',
      kind: 'STRUCTURAL' as const,
      status: 'DECIDED' as const,
      startDate: '2027-01-01',
      endDate: '2028-12-31',
      fundingDecisionId: null,
    };
    const created = await saveIntervention(input, director(), deps());
    shared.interventionId = created.id;
    await saveIntervention(
      {
        ...input,
        interventionId: created.id,
        version: created.version,
        status: 'RUNNING',
        description: 'nätverk med arbetsgivare',
      },
      director(),
      deps(),
    );
    return [
      {
        action: 'intervention.added',
        entityType: 'Intervention',
        entityId: created.id,
        personId: ids.director,
        before: 'absent',
        after: {
          name: 'Arbetsgivarnätverk Gotland',
          kind: 'STRUCTURAL',
          status: 'DECIDED',
          startDate: '2027-01-01',
          endDate: '2028-12-31',
          description: '',
        },
      },
      {
        action: 'intervention.updated',
        entityType: 'Intervention',
        entityId: created.id,
        personId: ids.director,
        before: { status: 'DECIDED', description: '' },
        after: { status: 'RUNNING', description: 'nätverk med arbetsgivare' },
      },
    ];
  },

  'src/server/intervention/save-intervention-budget.ts#saveInterventionBudget': async () => {
    const interventionId =
      shared.interventionId ??
      (await db().intervention.findFirstOrThrow({ where: { associationId: ids.gotland, name: 'Ung Vux Gotland' } })).id;
    const first = await saveInterventionBudget(
      {
        associationId: ids.gotland,
        interventionId,
        planId: ids.draft2027,
        amounts: [{ year: 2027, amount: '250 000', version: null }],
      },
      director(),
      deps(),
    );
    const cell = first.cells.find((c) => c.year === 2027)!;
    await saveInterventionBudget(
      {
        associationId: ids.gotland,
        interventionId,
        planId: ids.draft2027,
        amounts: [{ year: 2027, amount: '275000', version: cell.version }],
      },
      director(),
      deps(),
    );
    return {
      action: 'intervention.budgetSaved',
      entityType: 'BudgetLine',
      entityId: first.lineId,
      personId: ids.director,
      before: { '2027': '250000' },
      after: { '2027': '275000' },
    };
  },

  // ───────────── Plan content (the 2027 draft) ─────────────
  'src/server/plan/save-plan-section.ts#savePlanSection': async () => {
    const base = {
      associationId: ids.gotland,
      planId: ids.draft2027,
      title: 'Uppföljning',
      level: 1,
      bodyMarkdown: 'Vi följer upp **varje kvartal**.',
    };
    const created = await savePlanSection(base, director(), deps());
    await savePlanSection(
      { ...base, sectionId: created.id, version: created.version, title: 'Uppföljning och utvärdering' },
      director(),
      deps(),
    );
    return [
      {
        action: 'plan.sectionAdded',
        entityType: 'PlanSection',
        entityId: created.id,
        personId: ids.director,
        before: 'absent',
        after: { planId: ids.draft2027, title: 'Uppföljning', level: 1, bodyMarkdown: base.bodyMarkdown },
      },
      {
        action: 'plan.sectionUpdated',
        entityType: 'PlanSection',
        entityId: created.id,
        personId: ids.director,
        before: { title: 'Uppföljning' },
        after: { title: 'Uppföljning och utvärdering' },
      },
    ];
  },

  'src/server/plan/move-plan-section.ts#movePlanSection': async () => {
    const sections = await db().planSection.findMany({
      where: { planId: ids.draft2027 },
      orderBy: [{ order: 'asc' }, { id: 'asc' }],
    });
    const second = sections[1]!;
    await movePlanSection(
      { associationId: ids.gotland, sectionId: second.id, version: second.version, direction: 'up' },
      director(),
      deps(),
    );
    expect(
      (await db().planSection.findMany({ where: { planId: ids.draft2027 }, orderBy: { order: 'asc' }, take: 1 }))[0]!
        .id,
    ).toBe(second.id);
    return {
      action: 'plan.sectionMoved',
      entityType: 'PlanSection',
      entityId: second.id,
      personId: ids.director,
      before: { order: 1 },
      after: { order: 0 },
    };
  },

  'src/server/plan/remove-plan-section.ts#removePlanSection': async () => {
    const section = await db().planSection.create({
      data: { planId: ids.draft2027, order: 99, level: 2, title: 'Tillfälligt avsnitt', bodyMarkdown: 'Tas bort.' },
    });
    await removePlanSection(
      { associationId: ids.gotland, sectionId: section.id, version: section.version },
      director(),
      deps(),
    );
    expect(await db().planSection.count({ where: { id: section.id } })).toBe(0);
    return {
      action: 'plan.sectionRemoved',
      entityType: 'PlanSection',
      entityId: section.id,
      personId: ids.director,
      before: { planId: ids.draft2027, order: 99, level: 2, title: 'Tillfälligt avsnitt', bodyMarkdown: 'Tas bort.' },
      after: 'absent',
    };
  },

  'src/server/plan/save-focus-area.ts#saveFocusArea': async () => {
    const created = await saveFocusArea(
      { associationId: ids.gotland, planId: ids.draft2027, title: 'Unga vuxna i arbete', description: '' },
      director(),
      deps(),
    );
    await saveFocusArea(
      {
        associationId: ids.gotland,
        planId: ids.draft2027,
        focusAreaId: created.id,
        version: created.version,
        title: 'Unga vuxna i arbete',
        description: 'fler i arbete',
      },
      director(),
      deps(),
    );
    return [
      {
        action: 'plan.focusAreaAdded',
        entityType: 'FocusArea',
        entityId: created.id,
        personId: ids.director,
        before: 'absent',
        after: { planId: ids.draft2027, title: 'Unga vuxna i arbete', description: '' },
      },
      {
        action: 'plan.focusAreaUpdated',
        entityType: 'FocusArea',
        entityId: created.id,
        personId: ids.director,
        before: { description: '' },
        after: { description: 'fler i arbete' },
      },
    ];
  },

  'src/server/plan/save-target-group.ts#saveTargetGroup': async () => {
    const base = {
      associationId: ids.gotland,
      planId: ids.draft2027,
      name: 'Nyanlända',
      description: '',
      ageMin: 18,
      ageMax: 64,
      priority: 2,
      rationale: '',
    };
    const created = await saveTargetGroup(base, director(), deps());
    await saveTargetGroup(
      { ...base, targetGroupId: created.id, version: created.version, ageMin: 20, priority: 1 },
      director(),
      deps(),
    );
    return [
      {
        action: 'plan.targetGroupAdded',
        entityType: 'TargetGroup',
        entityId: created.id,
        personId: ids.director,
        before: 'absent',
        after: { planId: ids.draft2027, name: 'Nyanlända', ageMin: 18, ageMax: 64, priority: 2 },
      },
      {
        action: 'plan.targetGroupUpdated',
        entityType: 'TargetGroup',
        entityId: created.id,
        personId: ids.director,
        before: { ageMin: 18, priority: 2 },
        after: { ageMin: 20, priority: 1 },
      },
    ];
  },

  'src/server/plan/save-goal.ts#saveGoal': async () => {
    const group = await db().targetGroup.findFirstOrThrow({ where: { planId: ids.draft2027 } });
    const base = {
      associationId: ids.gotland,
      planId: ids.draft2027,
      level: 'INDIVIDUAL' as const,
      text: '40 % av deltagarna ska gå till arbete eller studier.',
      targetKind: 'PERCENT' as const,
      targetValue: '40',
      indicator: '',
      measure: 'ENDED_TO_WORK_OR_STUDIES_SHARE' as const,
      financialCheck: null,
      targetGroupIds: [group.id],
    };
    const created = await saveGoal(base, director(), deps());
    await saveGoal(
      {
        ...base,
        goalId: created.id,
        version: created.version,
        text: '45 % av deltagarna ska gå till arbete eller studier.',
        targetValue: '45',
        targetGroupIds: [],
      },
      director(),
      deps(),
    );
    return [
      {
        action: 'plan.goalAdded',
        entityType: 'Goal',
        entityId: created.id,
        personId: ids.director,
        before: 'absent',
        after: {
          planId: ids.draft2027,
          level: 'INDIVIDUAL',
          text: base.text,
          targetKind: 'PERCENT',
          targetValue: '40',
          measure: 'ENDED_TO_WORK_OR_STUDIES_SHARE',
          targetGroupIds: [group.id],
        },
      },
      {
        action: 'plan.goalUpdated',
        entityType: 'Goal',
        entityId: created.id,
        personId: ids.director,
        before: { text: base.text, targetValue: '40', targetGroupIds: [group.id] },
        after: { text: '45 % av deltagarna ska gå till arbete eller studier.', targetValue: '45', targetGroupIds: [] },
      },
    ];
  },

  'src/server/plan/remove-plan-content.ts#removePlanContent': async () => {
    const group = await db().targetGroup.create({
      data: { planId: ids.draft2027, name: 'Tillfällig målgrupp', priority: 3 },
    });
    const area = await db().focusArea.create({
      data: { planId: ids.draft2027, order: 99, title: 'Tillfälligt fokusområde' },
    });
    const goal = await db().goal.create({
      data: { planId: ids.draft2027, level: 'STRUCTURAL', order: 99, text: 'Tillfälligt mål' },
    });
    await removePlanContent(
      { associationId: ids.gotland, kind: 'targetGroup', rowId: group.id, version: group.version },
      director(),
      deps(),
    );
    await removePlanContent(
      { associationId: ids.gotland, kind: 'focusArea', rowId: area.id, version: area.version },
      director(),
      deps(),
    );
    await removePlanContent(
      { associationId: ids.gotland, kind: 'goal', rowId: goal.id, version: goal.version },
      director(),
      deps(),
    );
    const removed = { personId: ids.director, after: 'absent' as const };
    return [
      {
        ...removed,
        action: 'plan.targetGroupRemoved',
        entityType: 'TargetGroup',
        entityId: group.id,
        before: { planId: ids.draft2027, name: 'Tillfällig målgrupp', priority: 3 },
      },
      {
        ...removed,
        action: 'plan.focusAreaRemoved',
        entityType: 'FocusArea',
        entityId: area.id,
        before: { planId: ids.draft2027, title: 'Tillfälligt fokusområde', order: 99 },
      },
      {
        ...removed,
        action: 'plan.goalRemoved',
        entityType: 'Goal',
        entityId: goal.id,
        before: { planId: ids.draft2027, level: 'STRUCTURAL', text: 'Tillfälligt mål' },
      },
    ];
  },

  // 2028 from the 2027 draft (FinsamGotland has no 2028 plan).
  'src/server/plan/start-next-year-plan.ts#startNextYearPlan': async () => {
    const { planId, year } = await startNextYearPlan(
      { associationId: ids.gotland, sourcePlanId: ids.draft2027 },
      director(),
      deps(),
    );
    expect(year).toBe(2028);
    return {
      action: 'plan.nextYearStarted',
      entityType: 'Plan',
      entityId: planId,
      personId: ids.director,
      before: 'absent',
      after: {
        year: 2028,
        status: 'DRAFT',
        sourcePlanId: ids.draft2027,
        title: 'Verksamhets- och budgetplan 2028',
        copied: { sections: expect.any(Number), goals: expect.any(Number) },
      },
    };
  },

  // A past year brought in, then deleted again (FinsamGotland has no 2012 plan).
  'src/server/plan/create-plan.ts#createPlan': async () => {
    const { planId } = await createPlan({ associationId: ids.gotland, year: 2012 }, director(), deps());
    shared.historyPlanId = planId;
    return {
      action: 'plan.created',
      entityType: 'Plan',
      entityId: planId,
      personId: ids.director,
      before: 'absent',
      after: { year: 2012, status: 'DRAFT', versionNumber: 1, title: 'Verksamhets- och budgetplan 2012' },
    };
  },
  'src/server/plan/delete-draft-plan.ts#deleteDraftPlan': async () => {
    const planId = shared.historyPlanId!;
    await deleteDraftPlan({ associationId: ids.gotland, planId, version: 1 }, director(), deps());
    return {
      action: 'plan.deleted',
      entityType: 'Plan',
      entityId: planId,
      personId: ids.director,
      before: { year: 2012, status: 'DRAFT', title: 'Verksamhets- och budgetplan 2012' },
      after: 'absent',
    };
  },

  // ───────────── Results ─────────────
  'src/server/results/save-participant-stats.ts#saveParticipantStats': async () => {
    const created = await saveParticipantStats({ ...stats(), version: null }, director(), deps());
    await saveParticipantStats(
      { ...stats(), newCount: 3, note: 'fyra nya under hösten', version: created.version },
      director(),
      deps(),
    );
    return {
      action: 'participantStats.saved',
      entityType: 'ParticipantStats',
      entityId: created.id,
      personId: ids.director,
      before: { newCount: 2, activeCount: 24, note: '' },
      after: { newCount: 3, activeCount: 24, note: 'fyra nya under hösten' },
    };
  },

  'src/server/results/import-participant-stats.ts#importParticipantStats': async () => {
    // 2025-K2 is there already (the import replaces it); 2025-K1 is new.
    await db().participantStats.create({
      data: { ...counts(), interventionId: ids.ungVux, year: 2025, period: 2, note: 'inmatat för hand' },
    });
    const header = templateColumns([20, 30]).map((c) => c.header);
    const row = (period: string) => [
      'Ung Vux Gotland',
      period,
      '5',
      '5',
      '0',
      '4',
      '6',
      '0',
      '2',
      '10',
      '2',
      '1',
      '1',
      '0',
      '0',
      '0',
      '0',
      '0',
      '3',
      '',
    ];
    const bytes = new TextEncoder().encode(toCsv([header, row('2025-K1'), row('2025-K2')]));
    const result = await importParticipantStats(
      { associationId: ids.gotland, fileName: 'statistik.csv', bytes, apply: true },
      director(),
      deps(),
    );
    expect(result).toMatchObject({ ok: true, applied: true });
    return {
      action: 'participantStats.imported',
      entityType: 'Association',
      entityId: ids.gotland,
      personId: ids.director,
      before: {
        'Ung Vux Gotland 2025-K1': null,
        'Ung Vux Gotland 2025-K2': { activeCount: 24, newCount: 2, note: 'inmatat för hand' },
      },
      after: {
        'Ung Vux Gotland 2025-K1': { activeCount: 10, newCount: 2, note: '' },
        'Ung Vux Gotland 2025-K2': { activeCount: 10, newCount: 2, note: '' },
      },
    };
  },

  'src/server/results/save-indicator-result.ts#saveIndicatorResult': async () => {
    const base = {
      associationId: ids.gotland,
      interventionId: ids.ungVux,
      year: 2025,
      question: 'Känner du dig mer delaktig?',
      answers: 12,
      agreeing: 9,
      note: '',
    };
    const created = await saveIndicatorResult({ ...base, version: null }, director(), deps());
    await saveIndicatorResult({ ...base, agreeing: 10, version: created.version }, director(), deps());
    return {
      action: 'indicatorResult.saved',
      entityType: 'IndicatorResult',
      entityId: created.id,
      personId: ids.director,
      before: { answers: 12, agreeing: 9 },
      after: { answers: 12, agreeing: 10 },
    };
  },

  'src/server/results/save-goal-evaluation.ts#saveGoalEvaluation': async () => {
    const { goals } = await loadGoalOutcomes(db(), ids.gotland, 2026);
    const ready = goals.find((g) => g.measure === 'INDICATOR_SHARE' && g.outcome === 'MET')!;
    const input = { associationId: ids.gotland, goalId: ready.goalId, year: 2026 };
    const created = await saveGoalEvaluation(
      { ...input, note: 'enkäten besvarades av nästan alla', version: null },
      director(),
      deps(),
    );
    await saveGoalEvaluation(
      { ...input, note: 'enkäten besvarades av alla utom två', version: created.version },
      director(),
      deps(),
    );
    return {
      action: 'goalEvaluation.saved',
      entityType: 'GoalEvaluation',
      entityId: created.id,
      personId: ids.director,
      before: { outcome: 'MET', note: 'enkäten besvarades av nästan alla' },
      after: { outcome: 'MET', note: 'enkäten besvarades av alla utom två' },
    };
  },

  'src/server/results/save-annual-report-narrative.ts#saveAnnualReportNarrative': async () => {
    const narrative = {
      introduction: 'Året präglades av **samverkan**.',
      reflections: '',
      nextYear: 'Fler insatser för unga.',
    };
    const created = await saveAnnualReportNarrative(
      { associationId: ids.gotland, year: 2026, narrative, version: null },
      director(),
      deps(),
    );
    await saveAnnualReportNarrative(
      {
        associationId: ids.gotland,
        year: 2026,
        narrative: { ...narrative, reflections: 'Samverkan bar frukt.' },
        version: created.version,
      },
      director(),
      deps(),
    );
    return {
      action: 'annualReport.narrativeSaved',
      entityType: 'AnnualReport',
      entityId: created.id,
      personId: ids.director,
      before: { reflections: '' },
      after: { reflections: 'Samverkan bar frukt.' },
    };
  },

  'src/server/results/update-socio-economic-settings.ts#updateSocioEconomicSettings': async () => {
    const settings = await db().associationSettings.findUniqueOrThrow({ where: { associationId: ids.gotland } });
    await updateSocioEconomicSettings(
      { associationId: ids.gotland, version: settings.version, monthly: '16 500', months: 6, ageBandLimits: '20, 30' },
      director(),
      deps(),
    );
    return {
      action: 'settings.resultsChanged',
      entityType: 'AssociationSettings',
      entityId: ids.gotland,
      personId: ids.director,
      before: {
        socioEconomicMonthly: settings.socioEconomicMonthly.toFixed(),
        socioEconomicMonths: settings.socioEconomicMonths,
      },
      after: { socioEconomicMonthly: '16500', socioEconomicMonths: 6 },
    };
  },
};

runAuditRows(
  'every mutation of the plan content, interventions and results writes an audit entry with before and after',
  ROWS,
  { db, associationId: () => ids.gotland },
);
