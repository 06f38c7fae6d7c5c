/**
 * Finds a Chromium for Playwright, which cannot download its own browser on these networks.
 * Order: $CHROMIUM_PATH, the usual system locations, then (as root on Debian/Ubuntu) apt-get.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome-stable', '/usr/bin/google-chrome'];

export function findBrowser(log: (line: string) => void): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist.`);
    log(`Using the browser from CHROMIUM_PATH: ${fromEnv}`);
    return fromEnv;
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (found) {
    log(`Using the installed browser ${found}.`);
    return found;
  }
  const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canApt) {
    throw new Error(
      'No Chromium found. Install one (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium or Chrome ' +
        'binary.',
    );
  }
  log('No Chromium found; installing Debian’s chromium package with apt-get (this takes a minute)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  if (!existsSync('/usr/bin/chromium')) throw new Error('apt-get finished but /usr/bin/chromium is missing.');
  log('Installed /usr/bin/chromium.');
  return '/usr/bin/chromium';
}
