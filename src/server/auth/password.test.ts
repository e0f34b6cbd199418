import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password';

describe('password hashing', () => {
  it('hashes with argon2id and verifies the same password only', async () => {
    const stored = await hashPassword('rätt häst batteri häftklammer');
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(stored, 'rätt häst batteri häftklammer')).toBe(true);
    expect(await verifyPassword(stored, 'fel')).toBe(false);
  });

  it('salts every hash', async () => {
    expect(await hashPassword('samma')).not.toBe(await hashPassword('samma'));
  });

  it('says no to a hash that is not argon2', async () => {
    expect(await verifyPassword('not-a-hash', 'x')).toBe(false);
  });
});
