// Preloaded with `node --import` into a measured process: at exit, writes its peak memory and CPU time to $BENCH_STATS.
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_STATS;
if (file) {
  process.on('exit', () => {
    const { maxRSS, userCPUTime, systemCPUTime } = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ maxRssKiB: maxRSS, cpuMs: (userCPUTime + systemCPUTime) / 1000 }));
  });
}
