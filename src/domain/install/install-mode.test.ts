import { describe, expect, it } from 'vitest';
import { decideDemoData } from './install-mode';

describe('decideDemoData', () => {
  it('unset, embedded database (no DATABASE_URL): the demo, so the README’s two commands still show it', () => {
    expect(decideDemoData({ samplanDemo: undefined, databaseUrl: undefined })).toEqual({ ok: true, demo: true });
  });

  it('unset, a database of one’s own: empty (a production install)', () => {
    expect(decideDemoData({ samplanDemo: undefined, databaseUrl: 'postgresql://db/samplan' })).toEqual({
      ok: true,
      demo: false,
    });
  });

  it('on/off decide whatever the database', () => {
    for (const databaseUrl of [undefined, 'postgresql://db/samplan']) {
      expect(decideDemoData({ samplanDemo: 'on', databaseUrl })).toEqual({ ok: true, demo: true });
      expect(decideDemoData({ samplanDemo: 'off', databaseUrl })).toEqual({ ok: true, demo: false });
    }
  });

  it('case and blanks do not matter; an empty value counts as unset', () => {
    expect(decideDemoData({ samplanDemo: ' OFF ', databaseUrl: undefined })).toEqual({ ok: true, demo: false });
    expect(decideDemoData({ samplanDemo: '', databaseUrl: ' ' })).toEqual({ ok: true, demo: true });
  });

  it('any other value is refused rather than guessed', () => {
    expect(decideDemoData({ samplanDemo: 'yes', databaseUrl: undefined })).toEqual({
      ok: false,
      reason: 'INVALID_SETTING',
      value: 'yes',
    });
  });
});
