import { existsSync } from 'node:fs';

/** Where a Chromium usually lives on Debian and Ubuntu machines. */
const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

export const INSTALL_HINT =
  'No Chromium found. Install one (Debian: `sudo apt-get install -y chromium`) or set CHROME_PATH to a Chromium or Chrome binary.';

/** The browser named in CHROME_PATH, else the first Chromium found on this machine. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.CHROME_PATH) return existsSync(env.CHROME_PATH) ? env.CHROME_PATH : null;
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}
