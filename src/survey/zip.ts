// Checks a ZIP archive's central directory before a library unpacks it: a zip bomb is refused unread.
import { InputError } from '../core/errors.js';
import { msg } from '../i18n/messages/index.js';

/** At most this many bytes unpacked, all entries together (a 10,000-row export unpacks to about 30 MiB). */
export const MAX_UNZIPPED = 128 * 1024 * 1024;
const MAX_ENTRIES = 10_000;
const EOCD = 0x06054b50;
const ENTRY = 0x02014b50;
const LOCAL = 0x04034b50;

/**
 * Refuses an archive whose entries declare more than MAX_UNZIPPED bytes in all, or that cannot be walked
 * (not a ZIP, ZIP64, more than MAX_ENTRIES entries). Each entry's local header must agree with the central
 * directory's sizes, so that the sizes checked are those the unpacking reads.
 */
export function checkZip(bytes: Buffer, file: string): void {
  const bad = () => new InputError({ file, ...msg('survey.notXlsx') });
  const end = findEnd(bytes);
  if (end < 0) throw bad();
  const count = bytes.readUInt16LE(end + 10);
  const offset = bytes.readUInt32LE(end + 16);
  if (count > MAX_ENTRIES || offset === 0xffffffff) throw bad();
  let p = offset;
  let total = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || bytes.readUInt32LE(p) !== ENTRY) throw bad();
    const compressed = bytes.readUInt32LE(p + 20);
    const size = bytes.readUInt32LE(p + 24);
    const local = bytes.readUInt32LE(p + 42);
    if (size === 0xffffffff || compressed === 0xffffffff) throw bad();
    if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== LOCAL) throw bad();
    // Sizes in the local header are zero when a data descriptor follows (bit 3): the central ones hold then.
    const flags = bytes.readUInt16LE(local + 6);
    if (!(flags & 8) && (bytes.readUInt32LE(local + 18) !== compressed || bytes.readUInt32LE(local + 22) !== size)) throw bad();
    total += size;
    if (total > MAX_UNZIPPED) throw new InputError({ file, ...msg('survey.zipTooLarge', { mib: MAX_UNZIPPED / 1024 / 1024 }) });
    p += 46 + bytes.readUInt16LE(p + 28) + bytes.readUInt16LE(p + 30) + bytes.readUInt16LE(p + 32);
  }
}

/** The offset of the end-of-central-directory record (searched backwards over a comment of at most 64 KiB). */
function findEnd(bytes: Buffer): number {
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (bytes.readUInt32LE(i) === EOCD) return i;
  }
  return -1;
}
