/**
 * exceljs zips the workbook with JSZip, which stamps every entry with the real time of day.
 * The demo promises identical bytes for the same seed, so the stamps are rewritten to the
 * virtual clock's time. Only the DOS time and date fields of each central directory entry and
 * its local file header change; the data and CRCs are untouched.
 */
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

/** DOS date-time from wall-clock parts (two-second resolution, years from 1980). */
function dosStamp(date: Date): { time: number; day: number } {
  const year = Math.max(1980, date.getUTCFullYear());
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1),
    day: ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

function findEndRecord(zip: Buffer): number {
  // The record is 22 bytes plus a comment of up to 65,535 bytes, at the very end.
  for (let offset = zip.length - 22; offset >= Math.max(0, zip.length - 22 - 0xffff); offset -= 1)
    if (zip.readUInt32LE(offset) === END_OF_CENTRAL_DIRECTORY) return offset;
  throw new Error('stampZipEntries: no end of central directory record: not a zip archive');
}

/** `wallClock` holds the wanted local time in its UTC fields. Returns a new buffer. */
export function stampZipEntries(zip: Buffer, wallClock: Date): Buffer {
  const out = Buffer.from(zip);
  const { time, day } = dosStamp(wallClock);
  const end = findEndRecord(out);
  const entries = out.readUInt16LE(end + 10);
  let offset = out.readUInt32LE(end + 16);
  for (let entry = 0; entry < entries; entry += 1) {
    if (out.readUInt32LE(offset) !== CENTRAL_HEADER)
      throw new Error(`stampZipEntries: central directory entry ${entry} is malformed`);
    out.writeUInt16LE(time, offset + 12);
    out.writeUInt16LE(day, offset + 14);
    const local = out.readUInt32LE(offset + 42);
    if (out.readUInt32LE(local) !== LOCAL_HEADER)
      throw new Error(`stampZipEntries: local header of entry ${entry} is malformed`);
    out.writeUInt16LE(time, local + 10);
    out.writeUInt16LE(day, local + 12);
    offset +=
      46 +
      out.readUInt16LE(offset + 28) +
      out.readUInt16LE(offset + 30) +
      out.readUInt16LE(offset + 32);
  }
  return out;
}
