// Child process of kill.test.ts: rewrites one file with writeFileAtomic, version after version, until killed.
import { writeFileAtomic } from '../../src/io/atomic.js';
import { version } from './versions.js';

const [path, from] = process.argv.slice(2);
for (let i = Number(from); ; i++) {
  await writeFileAtomic(path!, version(i));
  process.stdout.write(`${i}\n`);
}
