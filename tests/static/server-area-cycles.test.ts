import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The areas of src/server (budget, plan, matter, kernel, …) depend on each other one way only: an area's
 * use cases may use another area's, never both ways round, not even through a third area.
 * `import/no-cycle` in eslint.config.mjs finds cycles between files; this finds them between areas
 * (budget/a → plan/b and plan/c → budget/d is no file cycle, but it ties the two areas together).
 * Type-only imports count too: they couple the areas as much.
 */

/** Area cycles on main when this check came, each to be broken; a new one, or one left here after it is gone, fails. */
const KNOWN_CYCLES: string[] = [];

const SERVER = 'src/server';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** The area of a path under src/server (its first folder), or undefined for anything else. */
function areaOf(file: string): string | undefined {
  const parts = path.relative(SERVER, file).split(path.sep);
  return parts.length > 1 && parts[0] !== '..' ? parts[0] : undefined;
}

const IMPORT =
  /(?:^|\n)\s*(?:import|export)\b[^'"]*?\sfrom\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g;

/** area → areas it imports from, with one file as the example of each edge. */
export function areaGraph(): Map<string, Map<string, string>> {
  const graph = new Map<string, Map<string, string>>();
  for (const file of sourceFiles(SERVER)) {
    const from = areaOf(file);
    if (!from) continue;
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const specifier = match[1] ?? match[2] ?? match[3] ?? '';
      const target = specifier.startsWith('@/')
        ? path.join('src', specifier.slice(2))
        : specifier.startsWith('.')
          ? path.join(path.dirname(file), specifier)
          : undefined;
      const to = target && areaOf(target);
      if (!to || to === from) continue;
      const edges = graph.get(from) ?? new Map<string, string>();
      if (!edges.has(to)) edges.set(to, file);
      graph.set(from, edges);
    }
  }
  return graph;
}

/** Strongly connected components with more than one area (Tarjan), each named by its sorted areas. */
export function areaCycles(graph: Map<string, Map<string, string>>): string[] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[] = [];
  const visit = (area: string) => {
    index.set(area, index.size);
    low.set(area, index.get(area)!);
    stack.push(area);
    onStack.add(area);
    for (const next of graph.get(area)?.keys() ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(area, Math.min(low.get(area)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(area, Math.min(low.get(area)!, index.get(next)!));
      }
    }
    if (low.get(area) !== index.get(area)) return;
    const component: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== area);
    if (component.length > 1) cycles.push(component.sort().join(' ↔ '));
  };
  for (const area of graph.keys()) if (!index.has(area)) visit(area);
  return cycles.sort();
}

describe('areas of src/server form no import cycle', () => {
  const graph = areaGraph();

  it('reads the import graph', () => {
    expect(graph.size).toBeGreaterThan(10);
  });

  it('has no cycle but the known ones', () => {
    const cycles = areaCycles(graph);
    const explain = (cycle: string) => {
      const members = cycle.split(' ↔ ');
      const edges = members.flatMap((from) =>
        [...(graph.get(from) ?? new Map<string, string>())]
          .filter(([to]) => members.includes(to))
          .map(([to, file]) => `${from} → ${to} (${file})`),
      );
      return `${cycle}: ${edges.join(', ')}`;
    };
    expect(cycles.filter((cycle) => !KNOWN_CYCLES.includes(cycle)).map(explain), 'new cycles between areas').toEqual(
      [],
    );
    expect(
      KNOWN_CYCLES.filter((cycle) => !cycles.includes(cycle)),
      'broken cycles still listed in KNOWN_CYCLES',
    ).toEqual([]);
  });

  it('finds a cycle made on purpose', () => {
    const made = new Map([
      ['budget', new Map([['plan', 'src/server/budget/a.ts']])],
      ['plan', new Map([['kernel', 'src/server/plan/b.ts']])],
      ['kernel', new Map([['budget', 'src/server/kernel/c.ts']])],
    ]);
    expect(areaCycles(made)).toEqual(['budget ↔ kernel ↔ plan']);
  });
});
