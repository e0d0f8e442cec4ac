/**
 * Tiny sites built from `tests/fixtures/sites/<name>/notes/`, each into its own folder, for tests that need notes of their own.
 * An optional `site.json` beside `notes/` sets the build's `base` (e.g. `{ "base": "/sub/" }`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const fixtureSitesDir = 'tests/fixtures/sites';

export function fixtureSiteNames(): string[] {
	return readdirSync(fixtureSitesDir, { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.map((entry) => entry.name);
}

/** Builds the fixture site `name` with the project's own Astro and returns its output folder, base and the build's log. */
export function buildFixtureSite(name: string): { outDir: string; base: string; log: string; status: number | null } {
	const outDir = resolve('node_modules/.cache/fixture-sites', name);
	const settings = join(fixtureSitesDir, name, 'site.json');
	const { base = '/' } = existsSync(settings) ? (JSON.parse(readFileSync(settings, 'utf8')) as { base?: string }) : {};
	const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
		env: { ...process.env, NOTES_DIR: join(fixtureSitesDir, name, 'notes'), BASE_PATH: base },
		encoding: 'utf8',
	});
	return { outDir, base, log: `${result.stdout}${result.stderr}`, status: result.status };
}
