import { Inflate } from 'fflate';

/** More than any budget or statistics sheet needs; a zip that unpacks past it is refused before exceljs sees it. */
export const MAX_XLSX_UNPACKED_BYTES = 25 * 1024 * 1024;
export const MAX_XLSX_ENTRIES = 500;
/** Compressed bytes handed to the inflater at a time: bounds what one step can unpack (deflate tops out near 1:1032). */
const CHUNK = 16 * 1024;

/**
 * Why an upload that claims to be XLSX is refused before it is opened:
 * NOT_ZIP (no zip structure), CORRUPT (a directory or entry that does not add up, an unknown
 * compression, ZIP64), TOO_LARGE (declared or actual unpacked size or entry count over the
 * limit: a zip bomb, or sizes that lie), NOT_XLSX (a zip without the workbook parts).
 */
export type XlsxRefusal = 'NOT_ZIP' | 'CORRUPT' | 'TOO_LARGE' | 'NOT_XLSX';

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  declaredSize: number;
  localOffset: number;
}

const u16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number) => (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16)) + b[at + 3]! * 0x1000000;

function endOfCentralDirectory(bytes: Uint8Array): number {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= lowest; i--) if (u32(bytes, i) === 0x06054b50) return i;
  return -1;
}

function readDirectory(bytes: Uint8Array): Entry[] | XlsxRefusal {
  const eocd = endOfCentralDirectory(bytes);
  if (eocd < 0) return 'NOT_ZIP';
  const count = u16(bytes, eocd + 10);
  let offset = u32(bytes, eocd + 16);
  if (count === 0xffff || offset === 0xffffffff) return 'CORRUPT'; // ZIP64: no sheet needs it
  if (count > MAX_XLSX_ENTRIES) return 'TOO_LARGE';
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (offset + 46 > bytes.length || u32(bytes, offset) !== 0x02014b50) return 'CORRUPT';
    const nameLength = u16(bytes, offset + 28);
    const entry: Entry = {
      method: u16(bytes, offset + 10),
      compressedSize: u32(bytes, offset + 20),
      declaredSize: u32(bytes, offset + 24),
      localOffset: u32(bytes, offset + 42),
      name: new TextDecoder().decode(bytes.subarray(offset + 46, offset + 46 + nameLength)),
    };
    entries.push(entry);
    offset += 46 + nameLength + u16(bytes, offset + 30) + u16(bytes, offset + 32);
  }
  return entries;
}

/**
 * The entry names of a zip's central directory (nothing is unpacked), or null when the bytes are
 * not a zip that adds up: no local-header signature first, no end record, a broken directory.
 */
export function zipEntryNames(bytes: Uint8Array): string[] | null {
  if (bytes.length < 22 || u32(bytes, 0) !== 0x04034b50) return null;
  const entries = readDirectory(bytes);
  return typeof entries === 'string' ? null : entries.map((entry) => entry.name);
}

/** Inflates with a byte cap: the number of bytes it unpacked, TOO_LARGE past `cap`, CORRUPT when it is not deflate. */
function inflatedSize(compressed: Uint8Array, cap: number): number | XlsxRefusal {
  let size = 0;
  let over = false;
  const inflater = new Inflate((chunk) => {
    size += chunk.length;
    if (size > cap) over = true;
  });
  try {
    for (let at = 0; at < compressed.length && !over; at += CHUNK) {
      const end = Math.min(at + CHUNK, compressed.length);
      inflater.push(compressed.subarray(at, end), end === compressed.length);
    }
  } catch {
    return over ? 'TOO_LARGE' : 'CORRUPT';
  }
  return over ? 'TOO_LARGE' : size;
}

/**
 * Checks an upload that is to be opened as XLSX, before any library unpacks it. First the
 * central directory: entry count, the declared unpacked sizes (a zip bomb usually says what it
 * is), the workbook parts. Then every entry is inflated with a running byte cap, so an entry
 * whose declared size lies is caught too, without ever holding more than the cap.
 */
export function checkXlsxZip(bytes: Uint8Array, maxUnpacked = MAX_XLSX_UNPACKED_BYTES): XlsxRefusal | null {
  const entries = readDirectory(bytes);
  if (typeof entries === 'string') return entries;
  let declared = 0;
  for (const entry of entries) declared += entry.declaredSize;
  if (declared > maxUnpacked) return 'TOO_LARGE';
  const names = new Set(entries.map((entry) => entry.name));
  if (!names.has('[Content_Types].xml') || !names.has('xl/workbook.xml')) return 'NOT_XLSX';

  let unpacked = 0;
  for (const entry of entries) {
    const local = entry.localOffset;
    if (local + 30 > bytes.length || u32(bytes, local) !== 0x04034b50) return 'CORRUPT';
    const start = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
    const compressed = bytes.subarray(start, start + entry.compressedSize);
    if (compressed.length !== entry.compressedSize) return 'CORRUPT';
    let size: number | XlsxRefusal;
    if (entry.method === 0) size = entry.compressedSize;
    else if (entry.method === 8) size = inflatedSize(compressed, Math.min(entry.declaredSize, maxUnpacked - unpacked));
    else return 'CORRUPT';
    // Unpacking past the declared size is a lie, and what a zip bomb does: TOO_LARGE.
    if (typeof size === 'string') return size;
    if (size !== entry.declaredSize) return 'CORRUPT';
    unpacked += size;
  }
  return null;
}
