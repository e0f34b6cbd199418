import type { Role } from '@/domain/authz/roles';

/** A person's role in an association, as it is called in Swedish. */
export const roles = {
  DIRECTOR: 'Förbundschef',
  ADMINISTRATOR: 'Administratör',
  CHAIR: 'Ordförande',
  VICE_CHAIR: 'Vice ordförande',
  BOARD_MEMBER: 'Ledamot',
  DEPUTY: 'Ersättare',
  PREPARATION_GROUP: 'Beredningsgrupp',
  MEMBER_REPRESENTATIVE: 'Medlemsrepresentant',
  AUDITOR: 'Revisor',
} satisfies Record<Role, string>;
