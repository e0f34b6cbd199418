import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

/**
 * The layering of README "Code layout" (ADR 001), held by lint. Each zone is one
 * `@typescript-eslint/no-restricted-imports` setting for a folder; the regexes match the `@/` alias and
 * the same folder reached by `../`. tests/static/lint-zones.test.ts proves every zone reports.
 * Flat config gives a file the options of the last block that matches it, so the zones must not overlap.
 */
const up = String.raw`^(?:@/|(?:\.\./)+)`; // `@/x` or `../../x`
const zoneRule = (patterns) => ({ '@typescript-eslint/no-restricted-imports': ['error', { patterns }] });

const domainZone = {
  name: 'samplan/zone-domain',
  files: ['src/domain/**/*.{ts,tsx}'],
  rules: zoneRule([
    {
      regex: `${up}(?:server|generated|components|app|actions)(?:/|$)`,
      message:
        'src/domain holds pure rules: no server code, Prisma, components or pages (declare the type in the domain).',
    },
    {
      regex: String.raw`^(?:react|react-dom|next|next-auth|server-only|@prisma/[^/]+|pg)(?:/|$)`,
      message: 'src/domain holds pure rules: no React, Next, Prisma or database packages.',
    },
  ]),
};

const componentsZone = {
  name: 'samplan/zone-components',
  files: ['src/components/**/*.{ts,tsx}'],
  rules: zoneRule([
    {
      // Everything in src/server but src/server/db: types only (values would ship server code to the browser).
      regex: `${up}server(?:/(?!db(?:/|$))|$)`,
      allowTypeImports: true,
      message:
        'Components take values from src/server only as types; call a server action from @/actions/<area>, or move a pure helper to src/domain.',
    },
    {
      regex: `${up}server/db(?:/|$)`,
      message: 'Components never touch the database module, not even its types.',
    },
    {
      regex: `${up}generated/prisma(?:/|$)`,
      allowTypeImports: true,
      message: 'Components take only types from the generated Prisma client.',
    },
  ]),
};

const webZone = {
  name: 'samplan/zone-pages-and-actions',
  files: ['src/app/**/*.{ts,tsx}', 'src/actions/**/*.{ts,tsx}'],
  rules: zoneRule([
    {
      regex: `${up}server/db(?:/|$)`,
      message:
        'Pages, route handlers and server actions do not query the database: call a use case or page reader in src/server/<area>.',
    },
    {
      regex: `${up}generated/prisma(?:/|$)`,
      allowTypeImports: true,
      message: 'Pages and server actions take only types from the generated Prisma client.',
    },
  ]),
};

/** Import cycles inside src (between areas of src/server above all: an area's use cases may use another's, not both ways). */
const noCycles = {
  name: 'samplan/no-cycle',
  files: ['src/**/*.{ts,tsx}'],
  ignores: ['src/generated/**'],
  // Not parsed for the import graph: the generated Prisma client alone is 4 MB and imports nothing of ours.
  settings: { 'import/ignore': [String.raw`src/generated/`, 'node_modules'] },
  rules: { 'import/no-cycle': ['error', { ignoreExternal: true }] },
};

/** Rules that need the type checker; limited to src, where a forgotten await or a missed case does harm. */
const typeAware = {
  name: 'samplan/type-aware',
  files: ['src/**/*.{ts,tsx}'],
  ignores: ['src/generated/**'],
  languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  rules: {
    '@typescript-eslint/no-floating-promises': 'error',
    '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
  },
};

const config = [
  ...nextVitals,
  ...nextTs,
  domainZone,
  componentsZone,
  webZone,
  noCycles,
  typeAware,
  // A disable comment left after its violation is gone fails too (the TODO(h1)/TODO(h3) ones above all).
  { name: 'samplan/unused-disables', linterOptions: { reportUnusedDisableDirectives: 'error' } },
  {
    ignores: [
      '.next/**',
      '.data/**',
      'src/generated/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'next-env.d.ts',
    ],
  },
];

export default config;
