// Test helper, preloaded with --import: names on stderr every Inquirer module the process loads, whether as an
// ES module (resolved through the hook below) or with require() (the built CLI's dist/vendor/inquirer.cjs).
import Module, { register } from 'node:module';

const hook = `export async function resolve(specifier, context, next) {
  if (specifier.includes('@inquirer/')) process.stderr.write('INQUIRER ' + specifier + '\\n');
  return next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hook)}`);
process.on('exit', () => {
  for (const file of Object.keys(Module._cache)) if (/inquirer/i.test(file)) process.stderr.write(`INQUIRER ${file}\n`);
});
