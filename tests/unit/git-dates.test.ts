import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lastCommitDate } from '../../src/lib/git-dates.ts';

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
			expect(lastCommitDate('note.md', dir)).toBeUndefined();
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
