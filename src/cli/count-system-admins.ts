import { createPrismaClient } from '@/server/db/client';

/** How many system administrators the install has (0: print how to create the first). */
export async function countSystemAdmins(url: string): Promise<number> {
  const prisma = createPrismaClient(url);
  try {
    return await prisma.person.count({ where: { systemAdmin: true, deactivatedAt: null } });
  } finally {
    await prisma.$disconnect();
  }
}
