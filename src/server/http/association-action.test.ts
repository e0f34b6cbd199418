import { beforeEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import { AuthorizationError } from '@/server/kernel/authorization-error';
import type { Actor } from '@/server/authz/session-actor';
import type { ActionResult } from '@/server/kernel/action-result';
import { associationAction, fresh } from './association-action';
import { StaleVersionError } from '@/server/kernel/use-case-errors';

const revalidatePath = vi.hoisted(() => vi.fn());
const sessionActor = vi.hoisted(() => vi.fn());
vi.mock('next/cache', () => ({ revalidatePath }));
vi.mock('@/server/authz/session-actor', () => ({ sessionActor }));

interface RenameInput {
  associationId: string;
  matterId: string;
  version: number;
  title: string;
}
const rename = vi.fn(async (input: RenameInput, actor: Actor) => ({
  matterId: input.matterId,
  version: input.version + 1,
  by: actor.personId,
}));

beforeEach(() => {
  vi.clearAllMocks();
  sessionActor.mockResolvedValue({ associationId: 'assoc-1', actor: { personId: 'person-1' } });
});

describe('associationAction', () => {
  it('looks up no association for a slug that is not a string (a hand-made post), and never runs the use case', async () => {
    sessionActor.mockRejectedValue(new AuthorizationError('NOT_FOUND'));
    const action = associationAction(rename, { revalidate: [] });
    const result = await action({ evil: true } as unknown as string, { matterId: 'm1', version: 1, title: 'x' });
    expect(sessionActor).toHaveBeenCalledWith('');
    expect(result).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(rename).not.toHaveBeenCalled();
  });

  it('runs the use case for the session and the slug’s association, then revalidates the paths', async () => {
    const action = associationAction(rename, { revalidate: ['/arenden', ''] });
    const result = await action('finsam gotland', { matterId: 'm1', version: 1, title: 'Nytt' });
    expect(result).toEqual({ ok: true, data: { matterId: 'm1', version: 2, by: 'person-1' } });
    expect(sessionActor).toHaveBeenCalledWith('finsam gotland');
    expect(rename).toHaveBeenCalledWith(
      { associationId: 'assoc-1', matterId: 'm1', version: 1, title: 'Nytt' },
      { personId: 'person-1' },
    );
    expect(revalidatePath.mock.calls).toEqual([
      ['/forbund/finsam%20gotland/arenden', 'layout'],
      ['/forbund/finsam%20gotland', 'layout'],
    ]);
  });

  it('revalidates only the answers `revalidateIf` accepts', async () => {
    const action = associationAction(rename, { revalidate: ['/arenden'], revalidateIf: (data) => data.version > 5 });
    await action('s', { matterId: 'm1', version: 1, title: 'x' });
    expect(revalidatePath).not.toHaveBeenCalled();
    await action('s', { matterId: 'm1', version: 9, title: 'x' });
    expect(revalidatePath).toHaveBeenCalledWith('/forbund/s/arenden', 'layout');
  });

  it('returns only what `select` picks', async () => {
    const action = associationAction(rename, { revalidate: [], select: ({ matterId }) => ({ matterId }) });
    expect(await action('s', { matterId: 'm1', version: 1, title: 'x' })).toEqual({
      ok: true,
      data: { matterId: 'm1' },
    });
    expectTypeOf(action).returns.resolves.toEqualTypeOf<ActionResult<{ matterId: string }>>();
  });

  it('takes the input type from the use case, without associationId, and the fresh type from `stale`', () => {
    const action = associationAction(rename, { revalidate: [], stale: fresh<{ title: string }>() });
    expectTypeOf(action).parameters.toEqualTypeOf<[string, { matterId: string; version: number; title: string }]>();
    expectTypeOf(action).returns.resolves.toEqualTypeOf<
      ActionResult<{ matterId: string; version: number; by: string }, { title: string }>
    >();
  });

  it('answers a refusal without revalidating: no session, not a member, stale', async () => {
    const action = associationAction(rename, { revalidate: ['/arenden'], stale: fresh<{ title: string }>() });
    sessionActor.mockRejectedValueOnce(new AuthorizationError('UNAUTHENTICATED'));
    expect(await action('s', { matterId: 'm1', version: 1, title: 'x' })).toMatchObject({
      ok: false,
      code: 'UNAUTHENTICATED',
    });
    sessionActor.mockRejectedValueOnce(new AuthorizationError('NOT_FOUND'));
    expect(await action('s', { matterId: 'm1', version: 1, title: 'x' })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
    expect(rename).not.toHaveBeenCalled();
    rename.mockRejectedValueOnce(new StaleVersionError({ title: 'Någon annans' }));
    expect(await action('s', { matterId: 'm1', version: 1, title: 'x' })).toMatchObject({
      ok: false,
      code: 'STALE',
      fresh: { title: 'Någon annans' },
    });
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  it('throws on what is not a refusal, so it reaches the error log', async () => {
    rename.mockRejectedValueOnce(new Error('bug'));
    await expect(
      associationAction(rename, { revalidate: [] })('s', { matterId: 'm1', version: 1, title: 'x' }),
    ).rejects.toThrow('bug');
  });
});
