/**
 * The association settings' rows of the audit trail (see audit-trail.test.ts): members, the
 * förbundsordning's rules and the municipalities' key figures, on the seeded demo data, as the
 * director (settings.edit).
 */
import { afterAll, beforeAll } from 'vitest';
import { addMember } from '@/server/settings/add-member';
import { removeMember } from '@/server/settings/remove-member';
import { saveAssociationRules } from '@/server/settings/save-association-rules';
import { saveKeyFigures } from '@/server/settings/save-key-figures';
import { updateMember } from '@/server/settings/update-member';
import { runAuditRows, type AuditRows } from '../support/audit-trail-harness';
import { seededDemoDatabase, type DemoIds } from '../support/demo-ids';
import type { TestDatabase } from '../support/test-database';

let database: TestDatabase;
let ids: DemoIds;
const db = () => database.prisma;
const now = new Date('2026-12-02T10:00:00Z');
const deps = () => ({ db: database.prisma, now });
const director = () => ({ personId: ids.director });

beforeAll(async () => {
  ({ database, ids } = await seededDemoDatabase());
});
afterAll(() => database?.drop());

const ROWS: AuditRows = {
  'src/server/settings/add-member.ts#addMember': async () => {
    const member = await addMember(
      {
        associationId: ids.gotland,
        kind: 'MUNICIPALITY',
        name: 'Testkommunen',
        orgNumber: '212000-0001',
        order: 4,
        joinedYear: 2027,
        leftYear: null,
      },
      director(),
      deps(),
    );
    return {
      action: 'settings.memberAdded',
      entityType: 'Member',
      entityId: member.id,
      personId: ids.director,
      before: 'absent',
      after: {
        kind: 'MUNICIPALITY',
        name: 'Testkommunen',
        orgNumber: '212000-0001',
        order: 4,
        joinedYear: 2027,
        leftYear: null,
      },
    };
  },

  'src/server/settings/update-member.ts#updateMember': async () => {
    const af = await db().member.findFirstOrThrow({ where: { associationId: ids.gotland, kind: 'AF' } });
    await updateMember(
      {
        associationId: ids.gotland,
        memberId: af.id,
        version: af.version,
        kind: af.kind,
        name: af.name,
        orgNumber: '202100-2114',
        order: af.order,
        joinedYear: af.joinedYear,
        leftYear: af.leftYear,
      },
      director(),
      deps(),
    );
    // Only what changed: the organisation number.
    return {
      action: 'settings.memberChanged',
      entityType: 'Member',
      entityId: af.id,
      personId: ids.director,
      before: { orgNumber: af.orgNumber },
      after: { orgNumber: '202100-2114' },
    };
  },

  'src/server/settings/remove-member.ts#removeMember': async () => {
    const member = await db().member.create({
      data: { associationId: ids.gotland, kind: 'MUNICIPALITY', name: 'Felinmatad kommun', order: 9 },
    });
    await removeMember(
      { associationId: ids.gotland, memberId: member.id, version: member.version },
      director(),
      deps(),
    );
    return {
      action: 'settings.memberRemoved',
      entityType: 'Member',
      entityId: member.id,
      personId: ids.director,
      before: {
        kind: 'MUNICIPALITY',
        name: 'Felinmatad kommun',
        orgNumber: null,
        order: 9,
        joinedYear: null,
        leftYear: null,
      },
      after: 'absent',
    };
  },

  'src/server/settings/save-association-rules.ts#saveAssociationRules': async () => {
    // The row in force for 2027 is the one from 2025; saving for 2027 creates 2027's row.
    const stored = await db().associationRules.findFirstOrThrow({
      where: { associationId: ids.gotland },
      orderBy: { effectiveFromYear: 'desc' },
      include: { equityCapTiers: { orderBy: { order: 'asc' } } },
    });
    const { year } = await saveAssociationRules(
      {
        associationId: ids.gotland,
        year: 2027,
        version: null,
        regionHoldsMunicipalRole: stored.regionHoldsMunicipalRole,
        municipalSplitKey: stored.municipalSplitKey,
        equityFloor: '700 000',
        capTiers: stored.equityCapTiers.map((tier) => ({
          upTo: tier.upTo === null ? null : tier.upTo.toString(),
          percent: tier.percent.toString(),
        })),
        prognosisYears: stored.prognosisYears,
        adoptionDeadlineMonth: stored.adoptionDeadlineMonth,
        adoptionDeadlineDay: stored.adoptionDeadlineDay,
        quorumRule: stored.quorumRule,
        quorumFixedCount: stored.quorumFixedCount,
        noticeBoardText: stored.noticeBoardText,
        noticeBoardUrl: stored.noticeBoardUrl,
      },
      director(),
      deps(),
    );
    const created = await db().associationRules.findUniqueOrThrow({
      where: { associationId_effectiveFromYear: { associationId: ids.gotland, effectiveFromYear: year } },
    });
    // Only what changed: the equity floor, not the unchanged tiers or deadline.
    return {
      action: 'settings.rulesChanged',
      entityType: 'AssociationRules',
      entityId: created.id,
      personId: ids.director,
      before: { equityFloor: stored.equityFloor.toFixed(2) },
      after: { equityFloor: '700000.00' },
    };
  },

  'src/server/settings/save-key-figures.ts#saveKeyFigures': async () => {
    // FinsamGotland has no municipality of its own (the region holds that role); one joins in 2027.
    const municipality = await db().member.create({
      data: { associationId: ids.gotland, kind: 'MUNICIPALITY', name: 'Nykommunen', order: 5, joinedYear: 2027 },
    });
    await saveKeyFigures(
      {
        associationId: ids.gotland,
        year: 2027,
        figures: [{ memberId: municipality.id, version: null, population: 61_000, splitPercent: null }],
      },
      director(),
      deps(),
    );
    return {
      action: 'settings.keyFiguresChanged',
      entityType: 'MemberKeyFigure',
      entityId: ids.gotland,
      personId: ids.director,
      before: { Nykommunen: null },
      after: { Nykommunen: { population: 61_000, splitPercent: null } },
    };
  },
};

runAuditRows('association settings write audit entries', ROWS, {
  db,
  associationId: () => ids.gotland,
});
