// A disk that fills up in the middle of a write, simulated (runs everywhere, unlike the tmpfs of disk.test.ts).
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, promises, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic } from '../../src/io/atomic.js';
import { InputError } from '../../src/core/errors.js';
import { version } from './versions.js';

// atomic.ts calls node:fs's promises object (loaded on first use), so the spy goes on that object.
afterEach(() => void vi.restoreAllMocks());

const dir = mkdtempSync(join(tmpdir(), 'ic-enospc-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a disk full half-way through a write (simulated)', () => {
  it('leaves the previous answer file intact, removes the half-written temporary file, names the file', async () => {
    const target = join(dir, 'answers.yaml');
    writeFileSync(target, version(0));
    const realOpen = promises.open.bind(promises);
    // The temporary file is really created, and half the content really written, then the disk is full.
    vi.spyOn(promises, 'open').mockImplementationOnce(async (path, flags, mode) => {
      const handle = await realOpen(path, flags, mode);
      return Object.assign(Object.create(handle) as typeof handle, {
        writeFile: async (content: string) => {
          await handle.writeFile(content.slice(0, content.length / 2));
          throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
        },
        close: () => handle.close(),
      });
    });
    const failure = await writeFileAtomic(target, version(1)).catch((err: unknown) => err);
    expect(failure).toBeInstanceOf(InputError);
    expect((failure as InputError).message).toBe(`${target}: cannot be written: no space left on the device (the previous version is intact)`);
    expect(readFileSync(target, 'utf8')).toBe(version(0));
    expect(readdirSync(dir)).toEqual(['answers.yaml']);
  });
});
