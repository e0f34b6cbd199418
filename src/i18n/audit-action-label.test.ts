import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, isAuditAction } from '@/domain/audit/audit-actions';
import { auditActionLabel } from './audit-action-label';
import { messages } from './catalog';

/** Codes whose labels may be the same on purpose (none today). */
const SHARED_ON_PURPOSE: readonly (readonly string[])[] = [];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'generated' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('audit actions', () => {
  const labels: Record<string, string> = messages().auditHistory.actions;

  it('lists each code once, as area.verb', () => {
    expect(new Set(AUDIT_ACTIONS).size).toBe(AUDIT_ACTIONS.length);
    for (const action of AUDIT_ACTIONS) expect(action).toMatch(/^[a-z][a-zA-Z]*(\.[a-z][a-zA-Z]*)+$/);
  });

  it('gives every code a Swedish label and labels no code that is not listed', () => {
    for (const action of AUDIT_ACTIONS) expect(labels[action]?.trim(), action).toBeTruthy();
    expect(Object.keys(labels).sort()).toEqual([...AUDIT_ACTIONS].sort());
  });

  it('gives no two codes the same label unless intended', () => {
    const byLabel = new Map<string, string[]>();
    for (const action of AUDIT_ACTIONS) byLabel.set(labels[action]!, [...(byLabel.get(labels[action]!) ?? []), action]);
    const shared = [...byLabel.values()].filter((codes) => codes.length > 1);
    expect(shared).toEqual(SHARED_ON_PURPOSE);
  });

  it('shows a known code by its label and an unknown stored code as it is', () => {
    expect(auditActionLabel('meeting.attendanceRecorded')).toBe('Närvaro registrerad');
    expect(auditActionLabel('test.created')).toBe('test.created');
    expect(isAuditAction('test.created')).toBe(false);
  });

  it('has every code written as `action: …` in src in the list (the type check covers writeAuditEntry; this covers direct writes)', () => {
    const written = new Set<string>();
    for (const file of sourceFiles(join(process.cwd(), 'src'))) {
      const text = readFileSync(file, 'utf8');
      if (!/writeAuditEntry|auditLog\.create/.test(text)) continue;
      for (const match of text.matchAll(/\baction: '([a-z][a-zA-Z]*(?:\.[a-zA-Z]+)+)'/g)) written.add(match[1]!);
    }
    expect(written.size).toBeGreaterThan(50);
    expect([...written].filter((action) => !isAuditAction(action))).toEqual([]);
  });
});
