/**
 * Whether an install gets the demo data (ADR 029). `SAMPLAN_DEMO` decides when set (`on`/`off`);
 * unset, the embedded database (no DATABASE_URL, the README's `npm install`, `npm start`) gets the
 * demo and a database of one's own starts empty. The demo only ever goes into an empty database.
 */
export type DemoSetting = 'on' | 'off';

export type InstallModeDecision = { ok: true; demo: boolean } | { ok: false; reason: 'INVALID_SETTING'; value: string };

export function decideDemoData(facts: {
  samplanDemo: string | undefined;
  databaseUrl: string | undefined;
}): InstallModeDecision {
  const setting = facts.samplanDemo?.trim().toLowerCase() ?? '';
  if (setting === 'on') return { ok: true, demo: true };
  if (setting === 'off') return { ok: true, demo: false };
  if (setting !== '') return { ok: false, reason: 'INVALID_SETTING', value: facts.samplanDemo ?? '' };
  return { ok: true, demo: !facts.databaseUrl?.trim() };
}
