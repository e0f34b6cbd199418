/** The error `promise` rejects with, for `expect(...).toMatchObject(...)`; fails when it resolves instead. */
export async function refusal(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a refusal');
}
