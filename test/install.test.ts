import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = (file: string) => JSON.parse(readFileSync(new URL(`../${file}`, import.meta.url), 'utf8'));

/**
 * `npm ci` may fetch from the npm registry and nothing else. Packages that run a script at install
 * are listed here with why they may; a new one fails this test until someone reads its script.
 */
const INSTALL_SCRIPTS: Record<string, string> = {
  // install.js checks that the platform's binary package (an optional dependency from the registry) is there.
  'node_modules/esbuild': 'fetches only from the npm registry',
  // report.js sends install analytics to scarf.sh unless the root package turns it off.
  'node_modules/@scarf/scarf': 'off: scarfSettings.enabled is false in package.json',
};

describe('installing', () => {
  it('runs only the install scripts that were read, and none that reports to a third party', () => {
    const lock = root('package-lock.json') as { packages: Record<string, { hasInstallScript?: boolean }> };
    const withScripts = Object.entries(lock.packages).filter(([, entry]) => entry.hasInstallScript).map(([path]) => path);
    expect(withScripts.sort()).toEqual(Object.keys(INSTALL_SCRIPTS).sort());
    expect(root('package.json').scarfSettings).toEqual({ enabled: false });
  });
});
