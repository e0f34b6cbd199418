/** A person's role in one association (mirrors the Prisma enum `Role`, kept here so rules stay free of Prisma). */
export const ROLES = [
  'DIRECTOR',
  'ADMINISTRATOR',
  'CHAIR',
  'VICE_CHAIR',
  'BOARD_MEMBER',
  'DEPUTY',
  'PREPARATION_GROUP',
  'MEMBER_REPRESENTATIVE',
  'AUDITOR',
] as const;

export type Role = (typeof ROLES)[number];

/** Roles that sit on the board (ordinary or deputy seats). */
export const BOARD_ROLES = ['CHAIR', 'VICE_CHAIR', 'BOARD_MEMBER', 'DEPUTY'] as const satisfies readonly Role[];

/** Shows roles in a stable order: the table order above, most responsible first. */
export function sortRoles(roles: Iterable<Role>): Role[] {
  return [...new Set(roles)].sort((a, b) => ROLES.indexOf(a) - ROLES.indexOf(b));
}
