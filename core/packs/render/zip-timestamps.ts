/**
 * Sets the modification time of every entry in a zip file, so a package written twice from the
 * same data is byte-identical. Only the DOS time and date fields of the local and central
 * headers change; the data and its CRC do not.
 */

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

/** A date as DOS time and date words (two-second resolution, 1980–2107, local = UTC here). */
export function dosDateTime(date: Date): { time: number; date: number } {
  const year = Math.min(2107, Math.max(1980, date.getUTCFullYear()));
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2),
    date: ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

function findEndOfCentralDirectory(zip: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the end of the file.
  for (let offset = zip.length - 22; offset >= Math.max(0, zip.length - 22 - 0xffff); offset--) {
    if (zip.readUInt32LE(offset) === END_OF_CENTRAL_DIRECTORY) return offset;
  }
  throw new Error('Not a zip file: no end of central directory record');
}

/** A copy of `zip` with every entry's time set to `when`. */
export function withFixedTimestamps(zip: Buffer, when: Date): Buffer {
  const out = Buffer.from(zip);
  const { time, date } = dosDateTime(when);
  const end = findEndOfCentralDirectory(out);
  const entries = out.readUInt16LE(end + 10);
  let offset = out.readUInt32LE(end + 16);
  for (let index = 0; index < entries; index++) {
    if (out.readUInt32LE(offset) !== CENTRAL_HEADER) throw new Error('Corrupt zip: bad central directory entry');
    out.writeUInt16LE(time, offset + 12);
    out.writeUInt16LE(date, offset + 14);
    const local = out.readUInt32LE(offset + 42);
    if (out.readUInt32LE(local) !== LOCAL_HEADER) throw new Error('Corrupt zip: bad local header');
    out.writeUInt16LE(time, local + 10);
    out.writeUInt16LE(date, local + 12);
    offset += 46 + out.readUInt16LE(offset + 28) + out.readUInt16LE(offset + 30) + out.readUInt16LE(offset + 32);
  }
  return out;
}
