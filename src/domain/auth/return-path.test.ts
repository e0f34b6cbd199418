import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './return-path';

describe('safeReturnPath', () => {
  it('keeps a path of the association pages, with its query', () => {
    expect(safeReturnPath('/forbund/sjobygden/sammantraden/abc')).toBe('/forbund/sjobygden/sammantraden/abc');
    expect(safeReturnPath('/forbund/sjobygden/installningar/e-post?sida=2')).toBe(
      '/forbund/sjobygden/installningar/e-post?sida=2',
    );
  });

  it.each([
    [null],
    [''],
    ['https://evil.example/forbund/x'],
    ['//evil.example/forbund/x'],
    ['/\\evil.example'],
    ['/forbund//evil.example'],
    ['/forbund/\\evil.example'],
    ['/forbund/x%5c..'],
    ['/logga-in'],
    ['/inkorg'],
    ['forbund/x'],
    ['/forbund/x y'],
    [`/forbund/${'a'.repeat(1000)}`],
  ])('refuses %j', (value) => {
    expect(safeReturnPath(value)).toBeNull();
  });
});
