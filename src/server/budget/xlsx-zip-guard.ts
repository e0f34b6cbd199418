import 'server-only';
import { inflateRawSync } from 'node:zlib';

/** More than any budget sheet needs; a zip that unpacks past it is refused before exceljs sees it. */
const MAX_UNPACKED_BYTES = 25 * 1024 * 1024;
const MAX_ENTRIES = 500;

/**
 * Walks the zip's central directory and inflates every entry with a hard output limit, so a
 * zip bomb (or an entry whose declared size lies) is refused without filling memory. exceljs
 * (via JSZip) would otherwise unpack everything first. Returns false for anything unexpected.
 */
export function zipIsSafe(bytes: Uint8Array): boolean {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(data);
  if (eocd < 0) return false;
  const entries = data.readUInt16LE(eocd + 10);
  let offset = data.readUInt32LE(eocd + 16);
  if (entries > MAX_ENTRIES || offset === 0xffffffff) return false;
  let unpacked = 0;
  try {
    for (let i = 0; i < entries; i++) {
      if (data.readUInt32LE(offset) !== 0x02014b50) return false;
      const method = data.readUInt16LE(offset + 10);
      const compressedSize = data.readUInt32LE(offset + 20);
      const declaredSize = data.readUInt32LE(offset + 24);
      const nameLength = data.readUInt16LE(offset + 28);
      const extraLength = data.readUInt16LE(offset + 30);
      const commentLength = data.readUInt16LE(offset + 32);
      const localOffset = data.readUInt32LE(offset + 42);
      offset += 46 + nameLength + extraLength + commentLength;

      if (data.readUInt32LE(localOffset) !== 0x04034b50) return false;
      const start = localOffset + 30 + data.readUInt16LE(localOffset + 26) + data.readUInt16LE(localOffset + 28);
      const compressed = data.subarray(start, start + compressedSize);
      if (compressed.length !== compressedSize) return false;
      const remaining = MAX_UNPACKED_BYTES - unpacked;
      let size: number;
      if (method === 0) size = compressedSize;
      else if (method === 8) size = inflateRawSync(compressed, { maxOutputLength: Math.max(remaining, 1) }).length;
      else return false;
      if (size !== declaredSize) return false;
      unpacked += size;
      if (unpacked > MAX_UNPACKED_BYTES) return false;
    }
  } catch {
    // Out of range reads, inflate errors, maxOutputLength exceeded: corrupt or hostile.
    return false;
  }
  return true;
}

function findEndOfCentralDirectory(data: Buffer): number {
  const lowest = Math.max(0, data.length - 22 - 0xffff);
  for (let i = data.length - 22; i >= lowest; i--) if (data.readUInt32LE(i) === 0x06054b50) return i;
  return -1;
}
