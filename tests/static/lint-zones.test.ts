import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The layering of README "Code layout" is held by the zones in eslint.config.mjs. Each snippet below is
 * linted as if it were a file at that path, with the repository's own config: a forbidden import must
 * be reported by the zone rule, an allowed one must not. Removing or loosening a zone fails this test.
 * (By hand: `echo "import 'react';" | npx eslint --stdin --stdin-filename src/domain/money/kronor.ts`.)
 */
const ZONE_RULE = '@typescript-eslint/no-restricted-imports';

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({
    // Only the zone rule; the snippets are not on disk, so no type information (and no import graph) for them.
    ruleFilter: ({ ruleId }) => ruleId === ZONE_RULE,
    overrideConfig: [{ files: ['**/*.ts', '**/*.tsx'], languageOptions: { parserOptions: { projectService: false } } }],
  });
});

async function zoneReports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport {};\n`, { filePath });
  const messages = result?.messages ?? [];
  const fatal = messages.find((message) => message.fatal);
  if (fatal) throw new Error(`${filePath}: ${fatal.message}`);
  return messages.filter((message) => message.ruleId === ZONE_RULE).map((message) => message.message);
}

interface Zone {
  name: string;
  filePath: string;
  forbidden: string[];
  allowed: string[];
}

const ZONES: Zone[] = [
  {
    name: 'src/domain',
    filePath: 'src/domain/zone-probe/probe.ts',
    forbidden: [
      "import { prisma } from '@/server/db/client';",
      "import { sessionActor } from '@/server/authz/session-actor';",
      "import { toActionFailure } from '../../server/kernel/to-action-failure';",
      "import type { MatterStatus } from '@/generated/prisma/enums';",
      "import { Prisma } from '@/generated/prisma/client';",
      "import { useState } from 'react';",
      "import type { ReactNode } from 'react';",
      "import { redirect } from 'next/navigation';",
      "import { getServerSession } from 'next-auth';",
      "import { Button } from '@/components/ui/button';",
      "import RootLayout from '@/app/layout';",
      "import { saveBudgetLine } from '@/actions/budget';",
      "import { PrismaPg } from '@prisma/adapter-pg';",
    ],
    allowed: [
      "import Decimal from 'decimal.js';",
      "import { format, messages } from '@/i18n/catalog';",
      "import { kronor } from '@/domain/money/kronor';",
      "import { sum } from '../money/kronor';",
    ],
  },
  {
    name: 'src/components',
    filePath: 'src/components/zone-probe/probe.tsx',
    forbidden: [
      "import { getEntityHistory } from '@/server/audit/get-entity-history';",
      "import { getEntityHistory } from '@/server/history/get-entity-history';",
      "import { sessionActor } from '../../server/authz/session-actor';",
      "import { prisma } from '@/server/db/client';",
      "import type { PrismaClient } from '@/server/db/client';",
      "import { MatterStatus } from '@/generated/prisma/enums';",
    ],
    allowed: [
      "import type { ActionResult } from '@/server/kernel/action-result';",
      "import { type BudgetImportPreview } from '@/server/budget/budget-import-preview';",
      "import type { MatterStatus } from '@/generated/prisma/enums';",
      "import { saveBudgetLine } from '@/actions/budget';",
      "import { allowedMatterEvents } from '@/domain/matter/matter-status';",
      "import { useState } from 'react';",
    ],
  },
  {
    name: 'pages in src/app',
    filePath: 'src/app/forbund/[slug]/zone-probe/page.tsx',
    forbidden: [
      "import { prisma } from '@/server/db/client';",
      "import type { PrismaClient } from '@/server/db/client';",
      "import { withAdminClient } from '@/server/db/admin';",
      "import { GoalLevel } from '@/generated/prisma/enums';",
      "import { Prisma } from '@/generated/prisma/client';",
    ],
    allowed: [
      "import type { GoalLevel } from '@/generated/prisma/enums';",
      "import { requireAssociationAccess } from '@/server/authz/require-association-access';",
      "import { notFound } from 'next/navigation';",
    ],
  },
  {
    name: 'route handlers in src/app',
    filePath: 'src/app/forbund/[slug]/zone-probe/route.ts',
    forbidden: ["import { prisma } from '@/server/db/client';"],
    allowed: ["import { fileResponse } from '@/server/http/file-response';"],
  },
  {
    name: 'server actions in src/actions',
    filePath: 'src/actions/zone-probe.ts',
    forbidden: ["import { prisma } from '@/server/db/client';", "import { Prisma } from '@/generated/prisma/client';"],
    allowed: ["import { associationAction } from '@/server/http/association-action';"],
  },
];

describe.each(ZONES)('lint zone: $name', ({ filePath, forbidden, allowed }) => {
  it.each(forbidden)('reports %s', async (code) => {
    expect(await zoneReports(filePath, code)).toHaveLength(1);
  });
  it.each(allowed)('allows %s', async (code) => {
    expect(await zoneReports(filePath, code)).toEqual([]);
  });
});

describe('outside the zones', () => {
  it('src/server may use the database and Prisma', async () => {
    const code = "import { prisma } from '@/server/db/client';\nimport { Prisma } from '@/generated/prisma/client';";
    expect(await zoneReports('src/server/zone-probe/probe.ts', code)).toEqual([]);
  });
});
