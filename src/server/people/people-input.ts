import 'server-only';
import { z } from 'zod';
import { ROLES } from '@/domain/authz/roles';
import { termEndsBeforeStart, type InvitationRole } from '@/domain/people/invitation-roles';
import { messages } from '@/i18n/catalog';
import { id } from '@/server/kernel/input';

const t = () => messages().people;

/** An e-mail address as typed in a form (the invite form, "Glömt lösenordet?"). */
export const emailInput = z
  .string({ error: () => t().emailInvalid })
  .trim()
  .min(1, { error: () => t().emailRequired })
  .max(320, { error: () => t().emailInvalid })
  .email({ error: () => t().emailInvalid });

const dateInput = z
  .string({ error: () => t().dateInvalid })
  .trim()
  .max(10, { error: () => t().dateInvalid })
  .transform((value, ctx) => {
    if (value === '') return null;
    const date = new Date(`${value}T00:00:00Z`);
    if (
      !/^\d{4}-\d{2}-\d{2}$/.test(value) ||
      Number.isNaN(date.getTime()) ||
      date.toISOString().slice(0, 10) !== value
    ) {
      ctx.addIssue({ code: 'custom', message: t().dateInvalid });
      return z.NEVER;
    }
    return value;
  })
  .nullable()
  .optional()
  .transform((value) => value ?? null);

/** The invite form's roles: one or more, each with an optional member party and a term from–to. */
export const invitationRolesInput = z
  .array(
    z
      .object({
        role: z.enum(ROLES, { error: () => t().roleInvalid }),
        memberId: id.nullable().optional(),
        validFrom: dateInput,
        validTo: dateInput,
      })
      .strict()
      .superRefine((role, ctx) => {
        if (termEndsBeforeStart(role.validFrom, role.validTo))
          ctx.addIssue({ code: 'custom', path: ['validTo'], message: t().termEndsBeforeStart });
      })
      .transform((role): InvitationRole => ({ ...role, memberId: role.memberId ?? null })),
    { error: () => t().rolesRequired },
  )
  .min(1, { error: () => t().rolesRequired })
  .max(9, { error: () => t().rolesRequired })
  .superRefine((roles, ctx) => {
    const seen = new Set<string>();
    roles.forEach((role, index) => {
      if (seen.has(role.role)) ctx.addIssue({ code: 'custom', path: [index, 'role'], message: t().roleTwice });
      seen.add(role.role);
    });
  });

/** A one-time token from a link, as the page got it; its shape is checked before any lookup. */
export const tokenInput = z.string().max(100);

/** A password as typed: the policy (checkNewPassword) runs after parsing. */
export const passwordInput = z
  .string({ error: () => t().passwordRequired })
  .max(1024, { error: () => t().passwordRequired });
