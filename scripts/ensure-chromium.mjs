/**
 * Makes sure a Chromium is there for the browser tests, from Debian's packages:
 * uses CHROME_PATH when set, else /usr/bin/chromium, else installs it with
 * `apt-get update && apt-get install -y chromium` (we run as root on these machines).
 * Never downloads a browser build of its own (no `playwright install`).
 *
 * Exports `ensureChromium()` → the browser's path; exits 1 with a clear message when run
 * directly and no Chromium can be had.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { pathToFileURL } from 'node:url';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

const isExecutable = (path) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

function run(command, args) {
  console.log(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return result.error ? result.error.message : result.status === 0 ? null : `exit code ${result.status ?? result.signal}`;
}

/** Returns the path of a usable Chromium, installing Debian's when none is there; throws when it cannot. */
export function ensureChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!isExecutable(fromEnv)) throw new Error(`CHROME_PATH is set to ${fromEnv}, which is not an executable file.`);
    return fromEnv;
  }
  if (isExecutable(DEFAULT_CHROMIUM)) return DEFAULT_CHROMIUM;

  console.log(`Chromium is missing (${DEFAULT_CHROMIUM}); installing Debian's package…`);
  const failure = run('apt-get', ['update']) ?? run('apt-get', ['install', '-y', 'chromium']);
  if (failure || !isExecutable(DEFAULT_CHROMIUM)) {
    throw new Error(
      `Could not install Chromium with apt-get (${failure ?? `${DEFAULT_CHROMIUM} still missing`}). ` +
        'Install it yourself (`apt-get install chromium`, as root) or set CHROME_PATH to a Chromium or Chrome binary.',
    );
  }
  return DEFAULT_CHROMIUM;
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
  try {
    console.log(`Chromium: ${ensureChromium()}`);
  } catch (error) {
    console.error(`✖ ${error.message}`);
    process.exitCode = 1;
  }
}
