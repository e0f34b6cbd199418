import 'server-only';
import { z } from 'zod';
import type { AuditFields } from '@/domain/audit/changed-fields';
import { validateMember } from '@/domain/settings/validate-settings';
import { messages } from '@/i18n/catalog';
import { optionalText, throwProblems, year } from './settings-input';

const t = () => messages().associationSettings.members.errors;

/** The member's own fields as the Medlemmar form sends them (add and edit). */
export const memberFields = {
  kind: z.enum(['FK', 'AF', 'REGION', 'MUNICIPALITY'], { error: () => t().kindInvalid }),
  name: z
    .string({ error: () => t().nameRequired })
    .trim()
    .min(1, { error: () => t().nameRequired })
    .max(200, { error: () => t().nameRequired }),
  orgNumber: optionalText(20, () => t().ORG_NUMBER_FORMAT),
  order: z
    .number({ error: () => t().numberInvalid })
    .int({ error: () => t().numberInvalid })
    .min(0, { error: () => t().numberInvalid })
    .max(1000, { error: () => t().numberInvalid }),
  joinedYear: year(() => t().yearInvalid).nullable(),
  leftYear: year(() => t().yearInvalid).nullable(),
};

export function checkMember(member: { orgNumber: string | null; joinedYear: number | null; leftYear: number | null }) {
  throwProblems(validateMember(member), (problem) => t()[problem.code as 'ORG_NUMBER_FORMAT' | 'LEFT_BEFORE_JOINED']);
}

export function memberSnapshot(member: {
  kind: string;
  name: string;
  orgNumber: string | null;
  order: number;
  joinedYear: number | null;
  leftYear: number | null;
}): AuditFields {
  return {
    kind: member.kind,
    name: member.name,
    orgNumber: member.orgNumber,
    order: member.order,
    joinedYear: member.joinedYear,
    leftYear: member.leftYear,
  };
}
