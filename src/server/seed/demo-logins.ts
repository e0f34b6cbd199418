import type { Role } from '@/generated/prisma/enums';

/** Every demo person signs in with this password; the README lists the logins. */
export const DEMO_PASSWORD = 'samplan-demo';

export interface DemoLogin {
  email: string;
  name: string;
  /** Roles per association slug. */
  roles: Partial<Record<string, Role[]>>;
}

/** One login for every role in each demo association; Anna Lind is director of both. */
export const DEMO_LOGINS: DemoLogin[] = [
  { email: 'chef@samplan.se', name: 'Anna Lind', roles: { finsamgotland: ['DIRECTOR'], sjobygden: ['DIRECTOR'] } },
  { email: 'admin@finsamgotland.se', name: 'Maja Ekström', roles: { finsamgotland: ['ADMINISTRATOR'] } },
  { email: 'ordforande@finsamgotland.se', name: 'Lars Hedin', roles: { finsamgotland: ['CHAIR'] } },
  { email: 'vice@finsamgotland.se', name: 'Karin Bergqvist', roles: { finsamgotland: ['VICE_CHAIR'] } },
  { email: 'ledamot@finsamgotland.se', name: 'Omar Haddad', roles: { finsamgotland: ['BOARD_MEMBER'] } },
  { email: 'ersattare@finsamgotland.se', name: 'Sofia Nyberg', roles: { finsamgotland: ['DEPUTY'] } },
  { email: 'beredning@finsamgotland.se', name: 'Johan Wikström', roles: { finsamgotland: ['PREPARATION_GROUP'] } },
  { email: 'medlem@finsamgotland.se', name: 'Eva Lundgren', roles: { finsamgotland: ['MEMBER_REPRESENTATIVE'] } },
  { email: 'revisor@finsamgotland.se', name: 'Per Sandberg', roles: { finsamgotland: ['AUDITOR'] } },
  { email: 'admin@sjobygden.se', name: 'Lina Holm', roles: { sjobygden: ['ADMINISTRATOR'] } },
  { email: 'ordforande@sjobygden.se', name: 'Mats Åberg', roles: { sjobygden: ['CHAIR'] } },
  { email: 'vice@sjobygden.se', name: 'Helena Strand', roles: { sjobygden: ['VICE_CHAIR'] } },
  { email: 'ledamot@sjobygden.se', name: 'Ali Karimi', roles: { sjobygden: ['BOARD_MEMBER'] } },
  { email: 'ersattare@sjobygden.se', name: 'Ida Sjöberg', roles: { sjobygden: ['DEPUTY'] } },
  { email: 'beredning@sjobygden.se', name: 'Nils Forsberg', roles: { sjobygden: ['PREPARATION_GROUP'] } },
  { email: 'medlem@sjobygden.se', name: 'Fatima Ali', roles: { sjobygden: ['MEMBER_REPRESENTATIVE'] } },
  { email: 'revisor@sjobygden.se', name: 'Gunnar Björk', roles: { sjobygden: ['AUDITOR'] } },
];
