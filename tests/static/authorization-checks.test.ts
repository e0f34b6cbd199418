import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTION_BRANCH, PERSON_ACTIONS, PUBLIC_ACTIONS, PUBLIC_ROUTES } from '../../e2e/shared/action-args';
import { checksIn, expectedPermissions, SIGNED_IN } from '../../e2e/shared/authz-discovery';

/**
 * The static half of the authorization sweep (ADR 020), without a build: every export of a
 * `'use server'` file (the actions in src/actions, written `export const xAction =
 * associationAction(useCase, …)` or as an async function; any such file under src/app too) and
 * every route handler under src/app reaches a permission check whose permission can be read from
 * the source. e2e/authorization-sweep.spec.ts then calls them.
 */

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : /\.tsx?$/.test(entry.name) ? [full.split(path.sep).join('/')] : [];
  });
}

const appFiles = filesUnder('src/app');
const serverActionFiles = [...appFiles, ...filesUnder('src/actions')].filter((file) =>
  /^\s*['"]use server['"]/.test(readFileSync(file, 'utf8')),
);
const exportedFunctions = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/^export (?:async )?function (\w+)/gm)].map((m) => m[1]!);
/** What a 'use server' file exports at run time: its functions and its constants (actions built with associationAction). */
const exportedActions = (file: string) => [
  ...exportedFunctions(file),
  ...[...readFileSync(file, 'utf8').matchAll(/^export (?:const|let|var) (\w+)/gm)].map((m) => m[1]!),
];

describe('every server action and route handler checks a permission of the table', () => {
  it('finds the server actions', () => {
    expect(serverActionFiles.length).toBeGreaterThan(5);
  });

  for (const file of serverActionFiles) {
    for (const name of exportedActions(file)) {
      if (PUBLIC_ACTIONS[name]) continue;
      it(`${name} (${file})`, () => {
        const expectation = expectedPermissions(name, checksIn(file, name), ACTION_BRANCH[name]);
        expect(expectation.ok ? 'checked' : expectation.problem).toBe('checked');
      });
    }
  }

  it('the public actions (PUBLIC_ACTIONS) exist and are built with publicAction', () => {
    const all = serverActionFiles.flatMap((file) =>
      exportedActions(file).map((name) => ({ name, source: readFileSync(file, 'utf8') })),
    );
    for (const name of Object.keys(PUBLIC_ACTIONS)) {
      const found = all.find((action) => action.name === name);
      expect(found, `${name} is in PUBLIC_ACTIONS but no server action`).toBeTruthy();
      expect(found!.source).toMatch(new RegExp(`export const ${name} = publicAction\\(`));
    }
  });

  it('the person-scoped actions (built with personAction) are those PERSON_ACTIONS names', () => {
    const personScoped = serverActionFiles.flatMap((file) =>
      exportedActions(file).filter((name) =>
        checksIn(file, name)?.some((check) => check.permissions?.includes(SIGNED_IN)),
      ),
    );
    expect(personScoped.sort()).toEqual(Object.keys(PERSON_ACTIONS).sort());
  });

  for (const file of appFiles.filter((f) => f.endsWith('/route.ts'))) {
    const route = file.replace(/^src\/app/, '').replace(/\/route\.ts$/, '');
    if (PUBLIC_ROUTES[route]) continue;
    for (const method of exportedFunctions(file)) {
      it(`${method} ${route}`, () => {
        const expectation = expectedPermissions(route, checksIn(file, method));
        expect(expectation.ok ? 'checked' : expectation.problem).toBe('checked');
      });
    }
  }
});
