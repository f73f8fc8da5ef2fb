// What "CI set" means, in one place: assess never prompts under CI, and the test suite reads it the same way.

/** CI is set when it is non-empty and not `0` or `false` (any case): `CI=""`, `CI=0`, `CI=false` are not CI. */
export function ciSet(env: NodeJS.ProcessEnv): boolean {
  const value = env.CI?.toLowerCase();
  return value !== undefined && value !== '' && value !== '0' && value !== 'false';
}
