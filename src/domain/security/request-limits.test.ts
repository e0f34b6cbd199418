import { describe, expect, it } from 'vitest';
import { isOversizedActionPost, SERVER_ACTION_BODY_LIMIT_BYTES } from './request-limits';

const headers = (values: Record<string, string>) => new Headers(values);

describe('isOversizedActionPost', () => {
  it('refuses a server-action post that declares more than the limit', () => {
    expect(
      isOversizedActionPost(
        'POST',
        headers({ 'next-action': 'abc', 'content-length': String(SERVER_ACTION_BODY_LIMIT_BYTES + 1) }),
      ),
    ).toBe(true);
  });

  it('lets through a post at the limit, other posts, GETs and bodies without a length', () => {
    expect(
      isOversizedActionPost(
        'POST',
        headers({ 'next-action': 'abc', 'content-length': String(SERVER_ACTION_BODY_LIMIT_BYTES) }),
      ),
    ).toBe(false);
    expect(
      isOversizedActionPost('POST', headers({ 'content-length': String(SERVER_ACTION_BODY_LIMIT_BYTES * 2) })),
    ).toBe(false);
    expect(
      isOversizedActionPost(
        'GET',
        headers({ 'next-action': 'abc', 'content-length': String(SERVER_ACTION_BODY_LIMIT_BYTES * 2) }),
      ),
    ).toBe(false);
    expect(isOversizedActionPost('POST', headers({ 'next-action': 'abc' }))).toBe(false);
  });
});
