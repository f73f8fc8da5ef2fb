// Test helper, preloaded with --import: names on stderr every Inquirer module the process loads.
import { register } from 'node:module';

const hook = `export async function resolve(specifier, context, next) {
  if (specifier.includes('@inquirer/')) process.stderr.write('INQUIRER ' + specifier + '\\n');
  return next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hook)}`);
