import type { AuditAction } from '@/domain/audit/audit-actions';
import { hashPassword } from '@/server/auth/password';
import type { PrismaClient } from '@/generated/prisma/client';
import { seedAccessibilityDemo } from './accessibility';
import { seedAuditDeskDemo } from './audit-desk';
import { seedConcurrencyDemo } from './concurrency-demo';
import { DEMO_LOGINS, DEMO_PASSWORD } from './demo-logins';
import { seedFinsamGotland } from './finsamgotland';
import { seedGovernanceDemo } from './governance';
import { seedPlanWorkflow } from './plan-workflow';
import { seedFinsamGotlandResults } from './finsamgotland-results';
import { assignRole, upsertPerson } from './seed-helpers';
import { seedSjobygden } from './sjobygden';
import { seedSjobygdenPlanContent } from './plan-content';

export async function isDatabaseEmpty(prisma: PrismaClient): Promise<boolean> {
  return (await prisma.association.count()) === 0;
}

/** Creates the demo associations, people and plans in one transaction. */
export async function seedDemoData(prisma: PrismaClient): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await prisma.$transaction(
    async (tx) => {
      const people: Record<string, string> = {};
      for (const login of DEMO_LOGINS) people[login.email] = await upsertPerson(tx, login, passwordHash);
      const associations = [
        await seedFinsamGotland(tx, people, passwordHash),
        await seedSjobygden(tx, people, passwordHash),
      ];
      // The install now holds demo data: mail without SMTP_URL goes to the demo inbox (ADR 027).
      await tx.installation.upsert({ where: { id: 1 }, create: { demoData: true }, update: { demoData: true } });
      await seedPlanWorkflow(tx, associations[0]!.id);
      await seedFinsamGotlandResults(tx, associations[0]!.id);
      for (const association of associations) {
        for (const login of DEMO_LOGINS) {
          for (const role of login.roles[association.slug] ?? [])
            await assignRole(tx, association.id, people[login.email]!, role);
        }
        await tx.auditLog.create({
          data: {
            associationId: association.id,
            action: 'seed.demo' satisfies AuditAction,
            entityType: 'Association',
            entityId: association.id,
          },
        });
      }
      await seedSjobygdenPlanContent(tx, associations[1]!.id, people['chef@samplan.se']!);
      await seedAuditDeskDemo(tx, people);
      await seedGovernanceDemo(tx, people);
      await seedConcurrencyDemo(tx);
      await seedAccessibilityDemo(tx, people);
    },
    { timeout: 60_000 },
  );
}
