// For the hang-up test: runs a command with this terminal, outlives the hang-up, and records how the command ended.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';

const [record, ...command] = process.argv.slice(2);
let hangUp = 0;
process.on('SIGHUP', () => void (hangUp = Date.now()));
const child = spawn(command[0], command.slice(1), { stdio: 'inherit' });
child.on('exit', (code, signal) => {
  writeFileSync(record, JSON.stringify({ code, signal, msAfterHangUp: hangUp ? Date.now() - hangUp : null }));
  // This process's own terminal is gone too: leave without touching it.
  process.kill(process.pid, 'SIGKILL');
});
