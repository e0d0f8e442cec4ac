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

export interface BuildOptions {
	/** The notes folder (default `tests/fixtures/sites/<name>/notes`). */
	notesDir?: string;
	/** Where the site goes (default `node_modules/.cache/fixture-sites/<name>`). */
	outDir?: string;
}

/**
 * Builds the fixture site `name` with the project's own Astro and returns its output folder, base, the build's log and how long it took.
 * `--force` drops the content cache, so every build renders every note again and prints all its warnings.
 */
export function buildFixtureSite(name: string, options: BuildOptions = {}): { outDir: string; base: string; log: string; status: number | null; seconds: number } {
	const outDir = resolve(options.outDir ?? join('node_modules/.cache/fixture-sites', name));
	const settings = join(fixtureSitesDir, name, 'site.json');
	const { base = '/' } = existsSync(settings) ? (JSON.parse(readFileSync(settings, 'utf8')) as { base?: string }) : {};
	const started = performance.now();
	const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--force', '--outDir', outDir], {
		env: { ...process.env, NOTES_DIR: options.notesDir ?? join(fixtureSitesDir, name, 'notes'), BASE_PATH: base },
		encoding: 'utf8',
	});
	return { outDir, base, log: `${result.stdout}${result.stderr}`, status: result.status, seconds: (performance.now() - started) / 1000 };
}
