import { beforeEach, describe, expect, it, vi } from 'vitest';
import { AuthorizationError } from '@/server/kernel/authorization-error';
import type { Actor } from '@/server/authz/session-actor';
import { personAction } from './person-action';

const revalidatePath = vi.hoisted(() => vi.fn());
const signedInActor = vi.hoisted(() => vi.fn());
vi.mock('next/cache', () => ({ revalidatePath }));
vi.mock('@/server/authz/session-actor', () => ({ signedInActor }));

const save = vi.fn(async (input: { choice: string }, actor: Actor) => ({ saved: input.choice, by: actor.personId }));

beforeEach(() => {
  vi.clearAllMocks();
  signedInActor.mockResolvedValue({ personId: 'person-1' });
});

describe('personAction', () => {
  it('runs the use case for the signed-in person, then revalidates the absolute paths', async () => {
    const action = personAction(save, { revalidate: ['/konto/e-post'] });
    expect(await action({ choice: 'DIGEST' })).toEqual({ ok: true, data: { saved: 'DIGEST', by: 'person-1' } });
    expect(save).toHaveBeenCalledWith({ choice: 'DIGEST' }, { personId: 'person-1' });
    expect(revalidatePath.mock.calls).toEqual([['/konto/e-post', 'layout']]);
  });

  it('without a session: UNAUTHENTICATED, the use case never runs, nothing revalidated', async () => {
    signedInActor.mockRejectedValue(new AuthorizationError('UNAUTHENTICATED'));
    const result = await personAction(save, { revalidate: ['/konto/e-post'] })({ choice: 'OFF' });
    expect(result).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
    expect(save).not.toHaveBeenCalled();
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  it('a refusal of the use case becomes its ActionResult with the Swedish message', async () => {
    const refuse = vi.fn(async () => {
      throw new AuthorizationError('FORBIDDEN', 'Kallelse till sammanträde skickas alltid och kan inte ändras.');
    });
    const result = await personAction(refuse, { revalidate: ['/konto/e-post'] })({});
    expect(result).toEqual({
      ok: false,
      code: 'FORBIDDEN',
      message: 'Kallelse till sammanträde skickas alltid och kan inte ändras.',
    });
    expect(revalidatePath).not.toHaveBeenCalled();
  });
});
