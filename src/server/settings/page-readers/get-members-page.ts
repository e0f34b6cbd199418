import 'server-only';
import type { MemberKind, MunicipalSplitKey } from '@/domain/budget/funding-split';
import { inForceFor, isMemberIn } from '@/domain/settings/association-rules';
import { prisma } from '@/server/db/client';
import { loadAssociationRules } from '../load-association-rules';

export interface MembersPageMember {
  id: string;
  kind: MemberKind;
  name: string;
  orgNumber: string | null;
  order: number;
  joinedYear: number | null;
  leftYear: number | null;
  version: number;
}

export interface KeyFigureRow {
  memberId: string;
  name: string;
  population: number | null;
  /** Percent as stored, e.g. "33.333". */
  splitPercent: string | null;
  /** The year the shown figures come from (null: none stored up to this year). */
  fromYear: number | null;
  /** Version of the row for exactly the year (null: saving creates it). */
  version: number | null;
}

export interface MembersPage {
  members: MembersPageMember[];
  year: number;
  splitKey: MunicipalSplitKey;
  regionHoldsMunicipalRole: boolean;
  key: KeyFigureRow[];
}

/** Inställningar → Medlemmar: every member, and the municipalities' key for one year. */
export async function getMembersPage(associationId: string, year: number): Promise<MembersPage> {
  const [rules, members] = await Promise.all([
    loadAssociationRules(prisma, associationId, year),
    prisma.member.findMany({
      where: { associationId },
      orderBy: [{ order: 'asc' }, { name: 'asc' }],
      include: { keyFigures: { select: { year: true, version: true, population: true, splitPercent: true } } },
    }),
  ]);
  return {
    year,
    splitKey: rules.municipalSplitKey,
    regionHoldsMunicipalRole: rules.regionHoldsMunicipalRole,
    members: members.map((m) => ({
      id: m.id,
      kind: m.kind,
      name: m.name,
      orgNumber: m.orgNumber,
      order: m.order,
      joinedYear: m.joinedYear,
      leftYear: m.leftYear,
      version: m.version,
    })),
    key: members
      .filter((m) => m.kind === 'MUNICIPALITY' && isMemberIn(m, year))
      .map((m) => {
        const figure = inForceFor(m.keyFigures, year, (f) => f.year);
        return {
          memberId: m.id,
          name: m.name,
          population: figure?.population ?? null,
          splitPercent: figure?.splitPercent?.toString() ?? null,
          fromYear: figure?.year ?? null,
          version: m.keyFigures.find((f) => f.year === year)?.version ?? null,
        };
      }),
  };
}
