import { expect, test } from '@playwright/test';
import pg from 'pg';
import { may, type Action } from '../src/domain/authz/permissions';
import type { Role } from '../src/domain/authz/roles';
import { sv } from '../src/i18n/sv';
import { DEMO_PASSWORD } from '../src/server/seed/demo-logins';
import { ownServerAddress, startOwnServer, type OwnServer } from './shared/own-server';
import {
  ACTION_ARGS,
  ACTION_BRANCH,
  fetchAction,
  pagePath,
  PUBLIC_ACTIONS,
  PUBLIC_ROUTES,
  ROUTE_ARGS,
  SLUG,
  seededIds,
  type SeededIds,
} from './shared/action-args';
import {
  checksIn,
  describe as describeChecks,
  expectedPermissions,
  routeHandlers,
  serverActions,
  SIGNED_IN,
  SYSTEM_ADMIN,
} from './shared/authz-discovery';

/**
 * Issue 9, item 1 (ADR 020): every server action and route handler of the build, found in the
 * build's manifests, is called over HTTP with no session, with each FinsamGotland demo login and
 * with a person of Sjöbygden only. What each may do comes from the authorization table: the
 * permission an action checks is read from its source (shared/authz-discovery.ts), the roles from
 * the database. Allowed roles really change data, so the sweep runs against a production server
 * over a fresh database of its own (ports E2E_PORT+20 and E2E_PG_PORT+20).
 */

const { origin: ORIGIN } = ownServerAddress(20);

const OWN = [
  'chef@samplan.se',
  ...['admin', 'ordforande', 'vice', 'ledamot', 'ersattare', 'beredning', 'medlem', 'revisor'].map(
    (p) => `${p}@finsamgotland.se`,
  ),
];
/** In Sjöbygden only (chef@samplan.se is director of both, so not her). */
const OTHER = 'admin@sjobygden.se';
const GENERIC_FORBIDDEN = sv.actions.forbidden;

interface Identity {
  label: string;
  /** Whose name audit entries carry ('' without a session). */
  email: string;
  kind: 'none' | 'own' | 'other';
  roles: Role[];
  cookie: string | null;
}

let server: OwnServer | null = null;
let identities: Identity[] = [];
let ids: SeededIds;

/** One sign-in per identity through next-auth's credentials endpoint; returns the cookie header. */
async function signInCookie(email: string): Promise<string> {
  const jar = new Map<string, string>();
  const take = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair!.indexOf('=');
      jar.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
  };
  const header = () => [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
  const csrf = await fetch(`${ORIGIN}/api/auth/csrf`);
  take(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${ORIGIN}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: header() },
    body: new URLSearchParams({
      csrfToken,
      email,
      password: DEMO_PASSWORD,
      callbackUrl: `${ORIGIN}/forbund`,
      json: 'true',
    }),
  });
  take(response);
  if (![...jar.keys()].some((name) => name.includes('session-token')))
    throw new Error(`signing in ${email} gave no session (HTTP ${response.status})`);
  return header();
}

async function rolesIn(client: pg.Client, email: string): Promise<Role[]> {
  const { rows } = await client.query(
    `SELECT r.role FROM "RoleAssignment" r JOIN "Person" p ON p.id = r."personId" JOIN "Association" a ON a.id = r."associationId"
      WHERE p.email = $1 AND a.slug = $2 AND (r."validFrom" IS NULL OR r."validFrom" <= now()) AND (r."validTo" IS NULL OR r."validTo" >= now())`,
    [email, SLUG],
  );
  return rows.map((row: { role: Role }) => row.role);
}

/** Audit entries (other than sign-ins) since `since`, by the e-mail of the person ('' for none). */
async function auditEntriesSince(since: Date): Promise<Map<string, string[]>> {
  const client = new pg.Client({ connectionString: server!.databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT coalesce(p.email, '') AS email, l.action FROM "AuditLog" l LEFT JOIN "Person" p ON p.id = l."personId" WHERE l.at >= $1 AND l.action NOT LIKE 'auth.%'`,
      [since],
    );
    const byEmail = new Map<string, string[]>();
    for (const row of rows as { email: string; action: string }[])
      byEmail.set(row.email, [...(byEmail.get(row.email) ?? []), row.action]);
    return byEmail;
  } finally {
    await client.end();
  }
}

/** Runs `work` over the items, `size` at a time. */
async function inBatches<T, R>(items: T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += size) results.push(...(await Promise.all(items.slice(i, i + size).map(work))));
  return results;
}

/** The answer of a server action: ok, a refusal code (FORBIDDEN:rule when a rule, not the role, refused), or what went wrong. */
function actionOutcome(status: number, reply: string): string {
  const refusal = /"ok":false,"code":"(\w+)","message":"((?:[^"\\]|\\.)*)"/.exec(reply);
  if (refusal)
    return refusal[1] === 'FORBIDDEN' && JSON.parse(`"${refusal[2]}"`) !== GENERIC_FORBIDDEN
      ? 'FORBIDDEN:rule'
      : refusal[1]!;
  if (/"ok":true/.test(reply)) return 'ok';
  return `HTTP ${status} without a result: ${reply.slice(0, 160).replace(/\s+/g, ' ')}`;
}

function expectedActionOutcome(
  identity: Identity,
  allowed: boolean,
  outcome: string,
  personScoped = false,
): string | null {
  if (identity.kind === 'none') return outcome === 'UNAUTHENTICATED' ? null : 'UNAUTHENTICATED';
  // A person-scoped action (personAction) names no association: a person of another one is signed in, so past the gate.
  if (identity.kind === 'other' && !personScoped) return outcome === 'NOT_FOUND' ? null : 'NOT_FOUND';
  if (!allowed) return outcome === 'FORBIDDEN' ? null : 'FORBIDDEN';
  // Past the gate: data, a validation or concurrency refusal, a missing row, or a rule's own reason.
  return ['ok', 'VALIDATION', 'STALE', 'LOCKED', 'CONFLICT', 'NOT_FOUND', 'FORBIDDEN:rule'].includes(outcome)
    ? null
    : 'past the gate';
}

function routeOutcome(response: Response): string {
  const location = response.headers.get('location') ?? '';
  if (response.status >= 300 && response.status < 400)
    return /\/logga-in/.test(location) ? 'to sign-in' : `redirect ${location}`;
  return String(response.status);
}

function expectedRouteOutcome(identity: Identity, allowed: boolean, outcome: string): string | null {
  if (identity.kind === 'none') return outcome === 'to sign-in' || outcome === '401' ? null : 'to sign-in';
  if (identity.kind === 'other') return outcome === '404' ? null : '404';
  if (!allowed) return outcome === '403' ? null : '403';
  // Past the gate: the file, or 400/404/409 for the request or the row.
  return ['200', '400', '404', '409'].includes(outcome) ? null : 'past the gate (200, 400, 404 or 409)';
}

test.describe('authorization sweep: every action and route handler against the authorization table', () => {
  test.setTimeout(300_000);

  test.beforeAll(async () => {
    test.setTimeout(300_000);
    // Its own process group, so that stopping it stops Next.js and PostgreSQL too.
    server = await startOwnServer({
      label: "the sweep's server",
      offset: 20,
      dbName: 'samplan_authz_sweep',
      dataDir: '.data/authz-sweep-postgres',
    });
    const client = new pg.Client({ connectionString: server.databaseUrl });
    await client.connect();
    try {
      // A plan open for comments (the seed has none), so commenting reaches its phase's permission.
      await client.query(
        `INSERT INTO "Plan" (id, "associationId", year, "versionNumber", status, title, version, "createdAt", "updatedAt")
         SELECT 'authz-sweep-plan-2031', id, 2031, 1, 'IN_PREPARATION', 'Verksamhetsplan 2031', 1, now(), now() FROM "Association" WHERE slug = $1`,
        [SLUG],
      );
      const none: Identity = { label: 'no session', email: '', kind: 'none', roles: [], cookie: null };
      const own = await Promise.all(
        OWN.map(async (email): Promise<Identity> => ({
          label: email,
          email,
          kind: 'own',
          roles: await rolesIn(client, email),
          cookie: await signInCookie(email),
        })),
      );
      const otherRoles = await rolesIn(client, OTHER);
      expect(otherRoles, `${OTHER} holds no role in ${SLUG}`).toEqual([]);
      const other: Identity = {
        label: `${OTHER} (other association)`,
        email: OTHER,
        kind: 'other',
        roles: [],
        cookie: await signInCookie(OTHER),
      };
      for (const identity of own)
        expect(identity.roles.length, `${identity.label} holds a role in ${SLUG}`).toBeGreaterThan(0);
      identities = [none, ...own, other];
    } finally {
      await client.end();
    }
    ids = await seededIds(server.databaseUrl);
  });

  test.afterAll(async () => {
    await server?.stop();
  });

  // One test with two steps, so that the route handlers are swept even when an action fails.
  test('every server action and route handler answers each identity as the table says', async () => {
    await test.step('server actions', sweepActions);
    await test.step('route handlers', sweepRoutes);
  });
});

async function sweepActions() {
  const started = performance.now();
  const built = serverActions();
  // Public by design (the one-time token is the proof): listed with the reason, checked to exist.
  const actions = built.filter((action) => !PUBLIC_ACTIONS[action.name]);
  expect(actions.length).toBeGreaterThan(50);
  const problems: string[] = [];
  for (const name of Object.keys(PUBLIC_ACTIONS))
    if (!built.some((a) => a.name === name)) problems.push(`PUBLIC_ACTIONS names ${name}, which is not in the build`);
  const plan: { action: (typeof actions)[number]; permissions: Action[]; path: string }[] = [];
  for (const action of actions) {
    if (!ACTION_ARGS[action.name])
      problems.push(`${action.name}: no arguments; add a row to ACTION_ARGS in e2e/shared/action-args.ts`);
    const expectation = expectedPermissions(
      action.name,
      action.file ? checksIn(action.file, action.name) : null,
      ACTION_BRANCH[action.name],
    );
    if (!expectation.ok) problems.push(expectation.problem);
    const path = action.workers.map((worker) => pagePath(worker, ids)).find((p) => p !== null);
    if (!path) problems.push(`${action.name}: no page to post it to (${action.workers.join(', ')})`);
    if (expectation.ok && path && ACTION_ARGS[action.name])
      plan.push({ action, permissions: expectation.permissions as Action[], path });
  }
  for (const name of Object.keys(ACTION_BRANCH))
    if (!actions.some((a) => a.name === name)) problems.push(`ACTION_BRANCH names ${name}, which is not in the build`);

  const mismatches: string[] = [];
  const tally = new Map<string, number>();
  const byAction = new Map<string, { allowed: boolean; outcome: string }[]>();
  const okBy = new Map<string, number>();
  const sweepStarted = new Date();
  let calls = 0;
  // Identities run side by side, each through the actions in order.
  await inBatches(identities, 4, async (identity) => {
    for (const { action, permissions, path } of plan) {
      let outcome = '';
      // A connection the server closed before reading the body (seen on the first multipart
      // posts of a cold server) is tried again: nothing was processed.
      for (let attempt = 1; attempt <= 3 && !outcome; attempt++) {
        try {
          const response = await fetchAction(ORIGIN, path, action.id, ACTION_ARGS[action.name]!(ids), identity.cookie);
          outcome = actionOutcome(response.status, await response.text());
        } catch (error) {
          if (attempt === 3) outcome = `request failed: ${String((error as Error).cause ?? error)}`;
        }
      }
      tally.set(outcome, (tally.get(outcome) ?? 0) + 1);
      calls += 1;
      // Person-scoped and system actions name no association: a person of another one is not NOT_FOUND there.
      // No sweep identity is a system administrator, so every one is refused a system action (FORBIDDEN).
      const personScoped = (permissions as string[]).some((p) => p === SIGNED_IN || p === SYSTEM_ADMIN);
      const allowed = permissions.every((permission) =>
        (permission as string) === SIGNED_IN
          ? identity.kind !== 'none'
          : (permission as string) === SYSTEM_ADMIN
            ? false
            : may(identity.roles, permission),
      );
      const expected = expectedActionOutcome(identity, allowed, outcome, personScoped);
      if (expected)
        mismatches.push(
          `${action.name} [${permissions.join(' + ')}] as ${identity.label} (${identity.roles.join(', ') || '-'}): expected ${expected}, got ${outcome}`,
        );
      if (outcome === 'ok') okBy.set(identity.label, (okBy.get(identity.label) ?? 0) + 1);
      if (identity.kind === 'own')
        byAction.set(action.name, [...(byAction.get(action.name) ?? []), { allowed, outcome }]);
    }
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  test.info().annotations.push({
    type: 'sweep',
    description: `${plan.length} actions × ${identities.length} identities = ${calls} calls in ${seconds} s`,
  });
  console.log(
    `authorization sweep: ${plan.length} server actions × ${identities.length} identities = ${calls} calls in ${seconds} s; answers: ${[...tally].map(([o, n]) => `${o} ${n}`).join(', ')}`,
  );
  // The input is parsed before the gate: a VALIDATION answer proves the gate was reached only
  // when the same arguments got a FORBIDDEN from a role the table refuses (or got past it otherwise).
  for (const [name, answers] of byAction) {
    const gateSeen = answers.some((a) => a.outcome === 'FORBIDDEN' || (a.allowed && a.outcome !== 'VALIDATION'));
    if (!gateSeen)
      problems.push(
        `${name}: every role got VALIDATION, so the arguments never reach the check; repair its row in ACTION_ARGS`,
      );
  }
  const notable = [...byAction].filter(([, answers]) =>
    answers.some((a) => a.allowed && ['VALIDATION', 'FORBIDDEN:rule'].includes(a.outcome)),
  );
  console.log(
    `authorization sweep: past the gate with a validation refusal or a rule's own reason: ${notable
      .map(
        ([name, answers]) =>
          `${name} (${answers
            .filter((a) => a.allowed)
            .map((a) => a.outcome)
            .join('/')})`,
      )
      .join(', ')}`,
  );
  // A refusal changes nothing: an identity none of whose calls succeeded left no audit entry
  // (sign-ins aside), and nothing was written in anyone's name without a session.
  const traces = await auditEntriesSince(sweepStarted);
  for (const identity of identities) {
    if (okBy.get(identity.label)) continue;
    const left = traces.get(identity.email) ?? [];
    if (left.length)
      mismatches.push(`${identity.label}: every call was refused, yet the audit log has ${left.join(', ')}`);
  }
  expect.soft(problems, 'server actions the sweep cannot check').toEqual([]);
  expect.soft(mismatches, 'answers that differ from the authorization table').toEqual([]);
}

async function sweepRoutes() {
  const started = performance.now();
  const handlers = routeHandlers();
  expect(handlers.length).toBeGreaterThan(10);
  const problems: string[] = [];
  const plan: { route: string; permissions: Action[]; path: string }[] = [];
  for (const handler of handlers) {
    if (PUBLIC_ROUTES[handler.route]) continue;
    if (handler.methods.length === 0) problems.push(`${handler.route}: no exported method found in ${handler.file}`);
    if (handler.methods.some((method) => method !== 'GET'))
      problems.push(`${handler.route}: ${handler.methods.join(', ')}: the sweep calls GET only; extend it`);
    if (!ROUTE_ARGS[handler.route])
      problems.push(`${handler.route}: no path; add a row to ROUTE_ARGS in e2e/shared/action-args.ts`);
    const checks = checksIn(handler.file, 'GET');
    const expectation = expectedPermissions(handler.route, checks);
    if (!expectation.ok) problems.push(expectation.problem);
    else if (ROUTE_ARGS[handler.route])
      plan.push({
        route: handler.route,
        permissions: expectation.permissions as Action[],
        path: ROUTE_ARGS[handler.route]!(ids),
      });
    if (expectation.ok)
      test
        .info()
        .annotations.push({ type: 'route', description: `${handler.route}: ${describeChecks(expectation.checks)}` });
  }
  for (const route of Object.keys(PUBLIC_ROUTES))
    if (!handlers.some((h) => h.route === route))
      problems.push(`PUBLIC_ROUTES names ${route}, which is not in the build`);
  for (const route of Object.keys(ROUTE_ARGS))
    if (!handlers.some((h) => h.route === route)) problems.push(`ROUTE_ARGS names ${route}, which is not in the build`);

  const mismatches: string[] = [];
  let calls = 0;
  await inBatches(identities, 4, async (identity) => {
    for (const { route, permissions, path } of plan) {
      const response = await fetch(ORIGIN + path, {
        redirect: 'manual',
        headers: identity.cookie ? { cookie: identity.cookie } : {},
      });
      await response.arrayBuffer();
      calls += 1;
      const outcome = routeOutcome(response);
      const allowed = permissions.every((permission) => may(identity.roles, permission));
      const expected = expectedRouteOutcome(identity, allowed, outcome);
      if (expected)
        mismatches.push(
          `GET ${route} [${permissions.join(' + ')}] as ${identity.label} (${identity.roles.join(', ') || '-'}): expected ${expected}, got ${outcome}`,
        );
    }
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `authorization sweep: ${plan.length} route handlers × ${identities.length} identities = ${calls} calls in ${seconds} s`,
  );
  expect.soft(problems, 'route handlers the sweep cannot check').toEqual([]);
  expect.soft(mismatches, 'answers that differ from the authorization table').toEqual([]);
}
