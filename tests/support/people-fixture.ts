import type { PrismaClient } from '@/generated/prisma/client';
import { ROLES, type Role } from '@/domain/authz/roles';

export interface FixtureAssociation {
  id: string;
  slug: string;
  name: string;
}

export interface PeopleFixture {
  associations: { a: FixtureAssociation; b: FixtureAssociation };
  /** One person per role in each association, holding only that role. */
  people: Record<'a' | 'b', Record<Role, string>>;
  /** Director of A, and board member and auditor of B. */
  twoAssociations: string;
}

/** Hash of nothing anyone types; authorization tests never sign in. */
const UNUSABLE_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

let counter = 0;
const unique = (prefix: string) => `${prefix}-${process.pid}-${++counter}`;

export async function createAssociation(prisma: PrismaClient, name: string): Promise<FixtureAssociation> {
  return prisma.association.create({
    data: { slug: unique(name.toLowerCase().replace(/[^a-z]+/g, '-')), name },
    select: { id: true, slug: true, name: true },
  });
}

export async function createPerson(
  prisma: PrismaClient,
  options: {
    name: string;
    email?: string;
    passwordHash?: string;
    roles?: { associationId: string; role: Role; validFrom?: Date; validTo?: Date }[];
  },
): Promise<string> {
  const person = await prisma.person.create({
    data: {
      name: options.name,
      email: (options.email ?? `${unique('person')}@example.se`).toLowerCase(),
      passwordHash: options.passwordHash ?? UNUSABLE_HASH,
      roles: { create: options.roles ?? [] },
    },
    select: { id: true },
  });
  return person.id;
}

/** Two associations, each with one person in every role, and one person with roles in both. */
export async function seedPeopleInTwoAssociations(prisma: PrismaClient): Promise<PeopleFixture> {
  const a = await createAssociation(prisma, 'Förbund A');
  const b = await createAssociation(prisma, 'Förbund B');
  const people = { a: {}, b: {} } as PeopleFixture['people'];
  for (const [key, association] of [
    ['a', a],
    ['b', b],
  ] as const) {
    for (const role of ROLES) {
      people[key][role] = await createPerson(prisma, {
        name: `${role} ${association.name}`,
        roles: [{ associationId: association.id, role }],
      });
    }
  }
  const twoAssociations = await createPerson(prisma, {
    name: 'Delad förbundschef',
    roles: [
      { associationId: a.id, role: 'DIRECTOR' },
      { associationId: b.id, role: 'BOARD_MEMBER' },
      { associationId: b.id, role: 'AUDITOR' },
    ],
  });
  return { associations: { a, b }, people, twoAssociations };
}
