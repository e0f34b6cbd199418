import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { checkXlsxZip, MAX_XLSX_ENTRIES, MAX_XLSX_UNPACKED_BYTES } from './xlsx-guard';

const parts = () => ({
  '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types/>'),
  'xl/workbook.xml': strToU8('<?xml version="1.0"?><workbook/>'),
});

/** Offsets of every central-directory record in a zip fflate wrote. */
function centralRecords(zip: Uint8Array): number[] {
  const found: number[] = [];
  for (let i = 0; i + 4 <= zip.length; i++)
    if (zip[i] === 0x50 && zip[i + 1] === 0x4b && zip[i + 2] === 0x01 && zip[i + 3] === 0x02) found.push(i);
  return found;
}

describe('checkXlsxZip', () => {
  it('lets a small workbook through', () => {
    expect(checkXlsxZip(zipSync(parts()))).toBeNull();
  });

  it('refuses what is not a zip, and a truncated zip', () => {
    expect(checkXlsxZip(strToU8('Typ;Rad;Budget 2026\n'))).toBe('NOT_ZIP');
    expect(checkXlsxZip(new Uint8Array(0))).toBe('NOT_ZIP');
    const zip = zipSync(parts());
    expect(checkXlsxZip(zip.subarray(0, Math.floor(zip.length / 2)))).toBe('NOT_ZIP');
    // The directory survives but the entries it points at are cut off.
    const gutted = zip.slice();
    gutted.fill(0, 0, 40);
    expect(checkXlsxZip(gutted)).toBe('CORRUPT');
  });

  it('refuses a zip that is not a workbook', () => {
    expect(checkXlsxZip(zipSync({ 'readme.txt': strToU8('hej') }))).toBe('NOT_XLSX');
  });

  it('refuses a zip bomb by its declared size, before unpacking anything', () => {
    const bomb = zipSync(
      { ...parts(), 'xl/sharedStrings.xml': new Uint8Array(MAX_XLSX_UNPACKED_BYTES + 1) },
      { level: 9 },
    );
    expect(bomb.length).toBeLessThan(100_000);
    expect(checkXlsxZip(bomb)).toBe('TOO_LARGE');
  });

  it('refuses an entry whose declared size lies, while unpacking, with the byte cap', () => {
    const zip = zipSync({ ...parts(), 'xl/sharedStrings.xml': new Uint8Array(5_000_000) }, { level: 9 });
    // Rewrite the declared (uncompressed) size of the last entry to 100 bytes, in the central directory.
    const record = centralRecords(zip).at(-1)!;
    new DataView(zip.buffer, zip.byteOffset).setUint32(record + 24, 100, true);
    expect(checkXlsxZip(zip)).toBe('TOO_LARGE');
  });

  it('refuses more entries than any workbook has', () => {
    const many: Record<string, Uint8Array> = parts();
    for (let i = 0; i <= MAX_XLSX_ENTRIES; i++) many[`xl/x${i}.xml`] = strToU8('x');
    expect(checkXlsxZip(zipSync(many))).toBe('TOO_LARGE');
  });

  it('refuses garbage where the deflate stream should be', () => {
    const zip = zipSync({ ...parts(), 'xl/sharedStrings.xml': strToU8('x'.repeat(10_000)) }, { level: 9 });
    const record = centralRecords(zip).at(-1)!;
    const view = new DataView(zip.buffer, zip.byteOffset);
    const local = view.getUint32(record + 42, true);
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    zip.fill(0xff, start, start + 8);
    expect(checkXlsxZip(zip)).toBe('CORRUPT');
  });
});
