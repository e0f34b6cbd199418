import { describe, expect, it, vi } from 'vitest';
import { AuthorizationError } from '@/server/kernel/authorization-error';
import { loadOwned } from './load-owned';

describe('loadOwned', () => {
  it('finds the row by its id within the association', async () => {
    const find = vi.fn(async (where: { id: string; associationId: string }) => ({ ...where, title: 'Styrelsemöte' }));
    await expect(loadOwned(find, 'gotland', 'm1')).resolves.toEqual({
      id: 'm1',
      associationId: 'gotland',
      title: 'Styrelsemöte',
    });
    expect(find).toHaveBeenCalledWith({ id: 'm1', associationId: 'gotland' });
  });

  it('answers NOT_FOUND for a missing or foreign row, with the Swedish reason when given', async () => {
    const error = await loadOwned(async () => null, 'sjobygden', 'm1', 'Sammanträdet finns inte.').catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(AuthorizationError);
    expect(error).toMatchObject({ code: 'NOT_FOUND', userMessage: 'Sammanträdet finns inte.' });
  });

  it('never queries without both ids (an undefined value would drop the filter)', async () => {
    const find = vi.fn(async () => ({ id: 'm1' }));
    await expect(loadOwned(find, '', 'm1')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(loadOwned(find, undefined as unknown as string, 'm1')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(loadOwned(find, 'gotland', '')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(find).not.toHaveBeenCalled();
  });
});
