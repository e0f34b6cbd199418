/**
 * Settings as they stood at an instant, from today's values and the audited changes since: each
 * change after the instant is undone (newest first) by putting back its `before` values. Changes
 * follow the audit convention `{ before, after }` with only the changed fields (changed-fields.ts).
 */
export function settingsAsOf<Settings extends Record<string, unknown>>(
  current: Settings,
  changes: readonly { at: Date; data: unknown }[],
  at: Date,
): Settings {
  const result: Record<string, unknown> = { ...current };
  const later = changes.filter((change) => change.at > at).sort((a, b) => b.at.getTime() - a.at.getTime());
  for (const change of later) {
    const before = (change.data as { before?: unknown } | null)?.before;
    if (!before || typeof before !== 'object' || Array.isArray(before)) continue;
    for (const [field, value] of Object.entries(before)) {
      if (field in current && value !== null && value !== undefined) result[field] = value;
    }
  }
  return result as Settings;
}
