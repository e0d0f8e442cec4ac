import * as childProcess from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { lastCommitDate } from '../../src/lib/git-dates.ts';

// The real git, watched: how many processes a lookup starts.
vi.mock('node:child_process', async (original) => {
	const real = await original<typeof childProcess>();
	return { ...real, execFileSync: vi.fn(real.execFileSync) };
});
const { execFileSync } = childProcess;
const gitLogs = () => vi.mocked(execFileSync).mock.calls.filter(([command, args]) => command === 'git' && args?.[0] === 'log' && args.includes('--name-only')).length;

describe('lastCommitDate', () => {
	it('gives the date of the last commit that touched a committed file', () => {
		const expected = execFileSync('git', ['log', '-1', '--format=%cI', '--', 'notes/salmonn.md'], { encoding: 'utf8' }).trim();
		expect(lastCommitDate('notes/salmonn.md')).toBe(expected);
		expect(expected).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
	});

	it('gives each file in a folder its own date, as `git log -1` on that file does', () => {
		const files = readdirSync('notes').map((name) => `notes/${name}`);
		const perFile = files.map((file) => execFileSync('git', ['log', '-1', '--format=%cI', '--', file], { encoding: 'utf8' }).trim() || undefined);
		expect(files.map((file) => lastCommitDate(file))).toEqual(perFile);
		expect(new Set(perFile).size).toBeGreaterThan(1);
	});

	it('reads the notes in subfolders with the same git log as the rest, given the notes folder', () => {
		const folder = 'tests/fixtures/sites/nested/notes';
		const files = [`${folder}/speech/ibis.md`, `${folder}/heron.md`];
		const perFile = files.map((file) => execFileSync('git', ['log', '-1', '--format=%cI', '--', file], { encoding: 'utf8' }).trim());
		const before = gitLogs();
		expect(files.map((file) => lastCommitDate(file, { folder }))).toEqual(perFile);
		expect(gitLogs() - before).toBe(1);
		expect(perFile.every((date) => date.length > 0)).toBe(true);
	});

	it('gives nothing for a file never committed', () => {
		// Inside the checkout but not in git (an ignored folder), and away from the notes other tests read.
		mkdirSync('node_modules/.cache', { recursive: true });
		const file = 'node_modules/.cache/uncommitted-note.md';
		writeFileSync(file, 'new');
		try {
			expect(lastCommitDate(file)).toBeUndefined();
		} finally {
			rmSync(file);
		}
	});

	it('gives nothing outside a git checkout', () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'no-git-'));
		try {
			writeFileSync(path.join(dir, 'note.md'), 'x');
			expect(lastCommitDate('note.md', { cwd: dir })).toBeUndefined();
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
