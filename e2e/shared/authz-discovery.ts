import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { ACTIONS } from '../../src/domain/authz/permissions';

/**
 * Finds, by reading the source, which permission of the authorization table
 * (`src/domain/authz/permissions.ts`) a server action or route handler checks: from the exported
 * function it follows every call into the project's own modules (imports through `@/` and
 * relative paths, and functions of the same file) and collects the permission argument of each
 * gate (`assertPermission`, `requireAssociationAccess`). An action
 * built as `export const xAction = associationAction(useCase, …)` is followed into the function
 * it wraps (the use case, or a local adapter or dispatcher, which counts as the action itself). A permission
 * given as a parameter is taken from the caller's argument; a conditional or a call to a function
 * that returns literals gives every permission it can be. Nothing here is a hand-kept list of
 * which action checks what.
 *
 * An action built as `export const xAction = personAction(useCase, …)` (src/server/http/person-action.ts)
 * is person-scoped: it acts on the signed-in person's own rows, outside any association, and its
 * one gate is the session. It counts as checking SIGNED_IN, which is not a permission of the table.
 */

const ROOT = process.cwd();

/** The check of a person-scoped action: a session, whatever the roles. */
export const SIGNED_IN = 'signed-in';
/** The check of system administration (assertSystemAdmin, ADR 029): not a permission of the table, no association role gives it. */
export const SYSTEM_ADMIN = 'system-admin';

/** The gates and the position of their permission argument (or the one thing they check). */
const GATES: Record<string, { index: number; fallback?: string; fixed?: string }> = {
  assertPermission: { index: 2 },
  requireAssociationAccess: { index: 1, fallback: 'association.read' },
  assertSystemAdmin: { index: -1, fixed: SYSTEM_ADMIN },
};
const PERSON_ACTION_BUILDER = { name: 'personAction', file: 'src/server/http/person-action.ts' };

/** Not followed: the gates themselves, pure rules (they check nothing), generated code. */
const NOT_FOLLOWED = ['src/server/authz/', 'src/domain/', 'src/generated/', 'src/i18n/'];

export interface Check {
  /** Every permission this gate call can check; null when the argument could not be resolved. */
  permissions: string[] | null;
  /** The functions from the action to the gate, e.g. `movePlanAction → sendPlanToBoard → assertPermission`. */
  chain: string[];
  /** The permission argument as written. */
  argument: string;
}

interface FunctionRef {
  file: string;
  name: string;
  /** null for `const x = wrapper(f, …)`: then `calls` is `f`. */
  node: ts.FunctionLikeDeclaration | null;
  calls?: FunctionRef;
  /** Built with personAction: the session is its gate. */
  personScoped?: boolean;
}

const sources = new Map<string, ts.SourceFile | null>();

function source(file: string): ts.SourceFile | null {
  if (!sources.has(file)) {
    const full = path.join(ROOT, file);
    sources.set(
      file,
      existsSync(full)
        ? ts.createSourceFile(
            file,
            readFileSync(full, 'utf8'),
            ts.ScriptTarget.Latest,
            true,
            file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
          )
        : null,
    );
  }
  return sources.get(file)!;
}

/** `@/server/x` or `./x` from `file` → `src/server/x.ts`; null for packages. */
function resolveModule(file: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith('@/')) base = path.join('src', specifier.slice(2));
  else if (specifier.startsWith('.')) base = path.join(path.dirname(file), specifier);
  else return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')]) {
    if (existsSync(path.join(ROOT, candidate)) && /\.tsx?$/.test(candidate)) return candidate.split(path.sep).join('/');
  }
  return null;
}

function functionOf(initializer: ts.Expression | undefined): ts.FunctionLikeDeclaration | null {
  if (!initializer) return null;
  let expression = initializer;
  // `cache(async (...) => …)` and similar wrappers: the function is the first argument.
  while (ts.isCallExpression(expression) && expression.arguments[0]) expression = expression.arguments[0];
  return ts.isArrowFunction(expression) || ts.isFunctionExpression(expression) ? expression : null;
}

/** `wrapper(f, …)` or `a(b(f))`: the name of the function passed first, if it is an identifier. */
function passedFunctionName(initializer: ts.Expression | undefined): string | null {
  if (!initializer || !ts.isCallExpression(initializer)) return null;
  let expression: ts.Expression = initializer;
  while (ts.isCallExpression(expression) && expression.arguments[0]) expression = expression.arguments[0];
  return ts.isIdentifier(expression) ? expression.text : null;
}

/** A top-level function of the file by name: declared here, or imported, or re-exported. */
export function findFunction(file: string, name: string, seen = new Set<string>()): FunctionRef | null {
  const key = `${file}#${name}`;
  if (seen.has(key)) return null;
  seen.add(key);
  const sf = source(file);
  if (!sf) return null;
  for (const statement of sf.statements) {
    if (ts.isFunctionDeclaration(statement) && statement.name?.text === name && statement.body)
      return { file, name, node: statement };
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (ts.isIdentifier(declaration.name) && declaration.name.text === name) {
          const node = functionOf(declaration.initializer);
          if (node) return { file, name, node };
          // `const xAction = associationAction(useCase, …)`: the action runs the function it wraps.
          // One of the same file (an adapter or a dispatcher) stands for the action itself; a use
          // case stays a step of its own, as when an action calls it.
          const passed = passedFunctionName(declaration.initializer);
          const calls = passed ? findFunction(file, passed, seen) : null;
          const personScoped = isPersonActionBuilder(file, declaration.initializer);
          if (calls?.node && calls.file === file) return { file, name, node: calls.node, personScoped };
          if (calls) return { file, name, node: null, calls, personScoped };
          // `const handler = NextAuth(…)`: not a function of ours.
          return null;
        }
      }
    }
    if (ts.isExportDeclaration(statement) && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
      for (const element of statement.exportClause.elements) {
        if (element.name.text !== name) continue;
        const local = (element.propertyName ?? element.name).text;
        if (statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier)) {
          const target = resolveModule(file, statement.moduleSpecifier.text);
          return target ? findFunction(target, local, seen) : null;
        }
        if (local !== name) return findFunction(file, local, seen);
      }
    }
  }
  return findImported(file, name, seen);
}

/** `personAction(…)` with personAction imported from src/server/http/person-action.ts. */
function isPersonActionBuilder(file: string, initializer: ts.Expression | undefined): boolean {
  if (!initializer || !ts.isCallExpression(initializer) || !ts.isIdentifier(initializer.expression)) return false;
  if (initializer.expression.text !== PERSON_ACTION_BUILDER.name) return false;
  return findFunction(file, PERSON_ACTION_BUILDER.name)?.file === PERSON_ACTION_BUILDER.file;
}

function findImported(file: string, name: string, seen: Set<string>): FunctionRef | null {
  const sf = source(file);
  if (!sf) return null;
  for (const statement of sf.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const bindings = statement.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings)) continue;
    for (const element of bindings.elements) {
      if (element.name.text !== name) continue;
      const target = resolveModule(file, statement.moduleSpecifier.text);
      return target ? findFunction(target, (element.propertyName ?? element.name).text, seen) : null;
    }
  }
  return null;
}

/** The string values an expression can have, or null when it cannot be told from the source. */
function resolveStrings(
  file: string,
  expression: ts.Expression,
  bindings: Map<string, string[]>,
  depth = 0,
): string[] | null {
  if (depth > 8) return null;
  if (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression)) return [expression.text];
  if (
    ts.isParenthesizedExpression(expression) ||
    ts.isAsExpression(expression) ||
    ts.isSatisfiesExpression(expression) ||
    ts.isNonNullExpression(expression)
  ) {
    return resolveStrings(file, expression.expression, bindings, depth + 1);
  }
  if (ts.isConditionalExpression(expression)) {
    const a = resolveStrings(file, expression.whenTrue, bindings, depth + 1);
    const b = resolveStrings(file, expression.whenFalse, bindings, depth + 1);
    return a && b ? [...new Set([...a, ...b])] : null;
  }
  if (ts.isIdentifier(expression)) {
    const bound = bindings.get(expression.text);
    if (bound) return bound;
    const sf = source(file);
    for (const statement of sf?.statements ?? []) {
      if (!ts.isVariableStatement(statement) || !(statement.declarationList.flags & ts.NodeFlags.Const)) continue;
      for (const declaration of statement.declarationList.declarations) {
        if (ts.isIdentifier(declaration.name) && declaration.name.text === expression.text && declaration.initializer) {
          return resolveStrings(file, declaration.initializer, new Map(), depth + 1);
        }
      }
    }
    return null;
  }
  if (ts.isCallExpression(expression) && ts.isIdentifier(expression.expression)) {
    // A function that returns literals (e.g. the comment permission for a plan phase), wherever it lives.
    const target = findFunction(file, expression.expression.text);
    if (!target?.node?.body) return null;
    const returned: ts.Expression[] = [];
    if (!ts.isBlock(target.node.body)) returned.push(target.node.body);
    else {
      const visit = (node: ts.Node) => {
        if (ts.isReturnStatement(node) && node.expression) returned.push(node.expression);
        if (!ts.isFunctionLike(node)) ts.forEachChild(node, visit);
      };
      ts.forEachChild(target.node.body, visit);
    }
    const values = new Set<string>();
    for (const expr of returned) {
      const found = resolveStrings(target.file, expr, new Map(), depth + 1);
      if (!found) return null;
      found.forEach((value) => values.add(value));
    }
    return values.size ? [...values] : null;
  }
  return null;
}

const memo = new Map<string, Check[]>();

function checksOf(fn: FunctionRef, bindings: Map<string, string[]>, stack: Set<string>): Check[] {
  const key = `${fn.file}#${fn.name}#${JSON.stringify([...bindings])}`;
  if (memo.has(key)) return memo.get(key)!;
  if (stack.has(key)) return [];
  const session: Check[] = fn.personScoped
    ? [{ permissions: [SIGNED_IN], chain: [fn.name, PERSON_ACTION_BUILDER.name], argument: '(the session)' }]
    : [];
  if (fn.calls) {
    const wrapped = checksOf(fn.calls, new Map(), stack).map((check) => ({
      ...check,
      chain: [fn.name, ...check.chain],
    }));
    memo.set(key, [...session, ...wrapped]);
    return [...session, ...wrapped];
  }
  stack.add(key);
  const found: Check[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
      const callee = node.expression.text;
      const gate = GATES[callee];
      if (gate?.fixed) {
        found.push({ permissions: [gate.fixed], chain: [fn.name, callee], argument: '(system administrator)' });
      } else if (gate) {
        const argument = node.arguments[gate.index];
        found.push({
          permissions: argument ? resolveStrings(fn.file, argument, bindings) : gate.fallback ? [gate.fallback] : null,
          chain: [fn.name, callee],
          argument: argument?.getText() ?? `(default ${gate.fallback})`,
        });
      } else {
        const target = findFunction(fn.file, callee);
        if (
          target &&
          target.file.startsWith('src/') &&
          !NOT_FOLLOWED.some((prefix) => target.file.startsWith(prefix))
        ) {
          const next = new Map<string, string[]>();
          target.node?.parameters.forEach((parameter, i) => {
            const argument = node.arguments[i];
            if (!argument || !ts.isIdentifier(parameter.name)) return;
            const values = resolveStrings(fn.file, argument, bindings);
            if (values) next.set(parameter.name.text, values);
          });
          for (const check of checksOf(target, next, stack)) found.push({ ...check, chain: [fn.name, ...check.chain] });
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  if (fn.node?.body) visit(fn.node.body);
  stack.delete(key);
  memo.set(key, [...session, ...found]);
  return [...session, ...found];
}

/** Every gate call reachable from the exported function `name` of `file` (a path from the project root). */
export function checksIn(file: string, name: string): Check[] | null {
  const fn = findFunction(file, name);
  return fn ? checksOf(fn, new Map(), new Set()) : null;
}

export type Expectation = { ok: true; permissions: string[]; checks: Check[] } | { ok: false; problem: string };

/**
 * The permissions that decide an action or handler: every one on the way must allow the role
 * (checks one after another, e.g. `meeting.manage` and then `reports.read` for the report it
 * attaches). Where the code instead checks one of several permissions depending on the input or
 * the row's state (a step that dispatches to different use cases, a comment whose permission
 * follows the plan's phase), `branch` names which one the sweep's arguments reach: a function on
 * the way to the gate or one of the discovered permissions. It must match something discovered.
 */
export function expectedPermissions(what: string, checks: Check[] | null, branch?: string): Expectation {
  if (checks === null) return { ok: false, problem: `${what}: its source function was not found` };
  if (checks.length === 0)
    return {
      ok: false,
      problem: `${what}: without a check (no assertPermission/requireAssociationAccess/assertSystemAdmin reached, not built with personAction)`,
    };
  let chosen = checks;
  let permissions: string[];
  if (branch && (ACTIONS as readonly string[]).includes(branch)) {
    chosen = checks.filter((check) => check.permissions?.includes(branch));
    permissions = chosen.length ? [branch] : [];
  } else {
    if (branch) chosen = checks.filter((check) => check.chain.includes(branch));
    const unresolved = chosen.filter((check) => check.permissions === null);
    if (unresolved.length)
      return {
        ok: false,
        problem: `${what}: a permission that cannot be read from the source (${describe(unresolved)}); name the branch its arguments reach`,
      };
    const several = chosen.filter((check) => check.permissions!.length > 1);
    if (several.length)
      return {
        ok: false,
        problem: `${what}: checks one of several permissions depending on the row (${describe(several)}); name the branch its arguments reach`,
      };
    permissions = [...new Set(chosen.flatMap((check) => check.permissions!))];
    // Different permissions through different use cases called from the action itself: the
    // input picks one (a dispatch), so they are alternatives, not a sequence.
    const viaUseCase = new Map<string, Set<string>>();
    for (const check of chosen)
      for (const p of check.permissions!) viaUseCase.set(p, (viaUseCase.get(p) ?? new Set()).add(check.chain[1]!));
    const alternatives =
      permissions.length > 1 &&
      new Set(chosen.map((check) => check.chain[1])).size > 1 &&
      [...viaUseCase.values()].some((via) => via.size < new Set(chosen.map((check) => check.chain[1])).size);
    if (alternatives)
      return {
        ok: false,
        problem: `${what}: checks ${permissions.join(' or ')} depending on its input (${describe(chosen)}); name the branch its arguments reach in ACTION_BRANCH`,
      };
  }
  if (branch && chosen.length === 0)
    return { ok: false, problem: `${what}: the branch "${branch}" matches none of its checks (${describe(checks)})` };
  const unknown = permissions.filter(
    (p) => p !== SIGNED_IN && p !== SYSTEM_ADMIN && !(ACTIONS as readonly string[]).includes(p),
  );
  if (unknown.length)
    return { ok: false, problem: `${what}: checks ${unknown.join(', ')}, which is not in the authorization table` };
  return { ok: true, permissions, checks: chosen };
}

export function describe(checks: Check[]): string {
  return checks
    .map((check) => `${check.chain.join(' → ')}(${check.permissions?.join('|') ?? check.argument})`)
    .join('; ');
}

/** Route handlers of the build (`app-paths-manifest.json` entries ending in `/route`) with their source file. */
export function routeHandlers(): { route: string; file: string; methods: string[] }[] {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, '.next/server/app-paths-manifest.json'), 'utf8')) as Record<
    string,
    string
  >;
  return Object.keys(manifest)
    .filter((route) => route.endsWith('/route'))
    .sort()
    .map((route) => {
      const file = `src/app${route}.ts`;
      const sf = source(file);
      const methods = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'].filter((method) =>
        sf?.statements.some(
          (s) =>
            (ts.isFunctionDeclaration(s) &&
              s.name?.text === method &&
              s.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) ||
            (ts.isExportDeclaration(s) &&
              s.exportClause &&
              ts.isNamedExports(s.exportClause) &&
              s.exportClause.elements.some((e) => e.name.text === method)),
        ),
      );
      return { route: route.replace(/\/route$/, ''), file, methods };
    });
}

/** Server actions of the build (`server-reference-manifest.json`): id, exported name, source file and the pages that use it. */
export function serverActions(): { id: string; name: string; file: string; workers: string[] }[] {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, '.next/server/server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { exportedName?: string; filename?: string; workers: Record<string, unknown> }>;
  };
  return Object.entries(manifest.node)
    .map(([id, entry]) => ({
      id,
      name: entry.exportedName ?? id,
      file: entry.filename ?? '',
      workers: Object.keys(entry.workers),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
