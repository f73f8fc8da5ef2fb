// Same report, same bytes: the zip that write-excel-file makes (with fflate) stamps each entry with the time it was made.

/** DOS date of 1980-01-01 (the earliest a zip can hold), at 00:00. */
const DOS_DATE = (1 << 5) | 1;
const DOS_TIME = 0;

/**
 * Sets every entry's modification time to 1980-01-01 00:00, in the central directory and in each local header,
 * found through the end-of-central-directory record (never by searching the compressed data). In place.
 */
export function fixZipTimes(zip: Uint8Array): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = zip.byteLength - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
  if (end < 0) throw new Error('xlsx: no end of central directory');
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < entries; i++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error('xlsx: bad central directory');
    view.setUint16(at + 12, DOS_TIME, true);
    view.setUint16(at + 14, DOS_DATE, true);
    const local = view.getUint32(at + 42, true);
    if (view.getUint32(local, true) !== 0x04034b50) throw new Error('xlsx: bad local header');
    view.setUint16(local + 10, DOS_TIME, true);
    view.setUint16(local + 12, DOS_DATE, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return zip;
}
