import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const seeds = 'tests/fixtures/import/seeds';
const variants = 'tests/fixtures/import/variants';

/** Runs the CLI the way `npm run import` does, under this same Node. */
function cli(args: string[]) {
	const result = spawnSync(process.execPath, ['scripts/import.ts', ...args], { encoding: 'utf8' });
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const temporary: string[] = [];
afterAll(() => Promise.all(temporary.map((dir) => rm(dir, { recursive: true, force: true }))));
async function emptyDir(): Promise<string> {
	const dir = await mkdtemp(path.join(tmpdir(), 'import-cli-'));
	temporary.push(dir);
	return dir;
}
const shown = (dir: string, name: string) => path.relative(process.cwd(), path.join(dir, name));

// Each run starts Node and the importer afresh (about a second, more on a busy machine).
describe('npm run import', { timeout: 60_000 }, () => {
	it('imports a folder, prints what it could not map with file and line, and changes nothing the second time', async () => {
		const out = await emptyDir();
		const first = cli([seeds, '--out', out]);
		expect(first.status).toBe(0);
		expect(first.stdout).toContain(`written: ${shown(out, 'salmonn.md')} (from ${seeds}/salmonn.md)\n`);
		expect(first.stdout).toContain(`  ${seeds}/salmonn.md:40: <table> closed by </details>: read as the end of the English text, the text after it as its Chinese translation\n`);
		expect(first.stdout).toMatch(/\n✓ 5 notes: 5 written; 9 things reported\n$/);
		expect((await readdir(out)).sort()).toEqual(['audiogpt.md', 'audiopalm.md', 'salmonn.md', 'spectron.md', 'speechverse.md']);

		const before = await readFile(path.join(out, 'salmonn.md'));
		const second = cli([seeds, '--out', out]);
		expect(second.status).toBe(0);
		expect(second.stdout).toMatch(/\n✓ 5 notes: 5 unchanged; 9 things reported\n$/);
		expect(await readFile(path.join(out, 'salmonn.md'))).toEqual(before);
	});

	it('refuses to overwrite a note that differs, unless --force', async () => {
		const out = await emptyDir();
		cli([`${seeds}/salmonn.md`, '--out', out]);
		const note = path.join(out, 'salmonn.md');
		const edited = `${await readFile(note, 'utf8')}\nA paragraph added by hand.\n`;
		await writeFile(note, edited);

		const refused = cli([`${seeds}/salmonn.md`, '--out', out]);
		expect(refused.status).toBe(1);
		expect(refused.stdout).toContain(`refused: ${seeds}/salmonn.md: ${shown(out, 'salmonn.md')} exists and differs: not overwritten (--force to overwrite it)\n`);
		expect(await readFile(note, 'utf8')).toBe(edited);

		const forced = cli([`${seeds}/salmonn.md`, '--out', out, '--force']);
		expect(forced.status).toBe(0);
		expect(forced.stdout).toContain(`overwritten: ${shown(out, 'salmonn.md')}`);
		expect(await readFile(note, 'utf8')).not.toContain('added by hand');
	});

	it('goes on past a note too thin for the schema: writes it, lists what to complete, exits 1 at the end', async () => {
		const out = await emptyDir();
		const run = cli([`${variants}/thin-metadata.md`, `${variants}/table-side-by-side.md`, '--out', out]);
		expect(run.status).toBe(1);
		expect(run.stdout).toContain(`written: ${shown(out, 'thin-metadata.md')} (from ${variants}/thin-metadata.md)\n`);
		expect(run.stdout).toContain(`  to complete: ${shown(out, 'thin-metadata.md')}:1: title: required\n`);
		expect(run.stdout).toContain(`  to complete: ${shown(out, 'thin-metadata.md')}:1: links: required\n`);
		expect(run.stdout).toContain(`written: ${shown(out, 'whisper.md')} (from ${variants}/table-side-by-side.md)\n`);
		expect(run.stdout).toMatch(/\n✗ 2 notes: 2 written; 1 thing reported; 1 note to complete by hand \(npm run check:notes lists what is missing\)\n$/);
		expect((await readdir(out)).sort()).toEqual(['thin-metadata.md', 'whisper.md']);
	});

	it('keeps one note per arXiv paper, and says which paths it could not read', async () => {
		const out = await emptyDir();
		await writeFile(path.join(out, 'my-salmonn.md'), '---\ntitle: SALMONN\nauthors: [Changli Tang]\nlinks:\n  arxiv: https://arxiv.org/abs/2310.13289\n---\n');
		const run = cli([`${seeds}/salmonn.md`, `${seeds}/missing.md`, '--out', out]);
		expect(run.status).toBe(1);
		expect(run.stdout).toContain(`failed: ${seeds}/missing.md: no such file or folder\n`);
		expect(run.stdout).toContain(`refused: ${seeds}/salmonn.md: same arXiv paper (2310.13289) as ${shown(out, 'my-salmonn.md')}: one note per paper\n`);
		expect(await readdir(out)).toEqual(['my-salmonn.md']);
	});

	it('explains itself when called without a file', () => {
		const run = cli([]);
		expect(run.status).toBe(2);
		expect(run.stdout).toContain('usage: npm run import -- <file or folder>... [--out notes/] [--force]');
	});
});
