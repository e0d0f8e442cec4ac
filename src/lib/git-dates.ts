/** When a file last changed, from git history: the commit date, so that a rebuild of the same commit gives the same page. */
import { execFileSync } from 'node:child_process';

const cache = new Map<string, string | undefined>();

/**
 * The ISO 8601 committer date (`2024-04-09T15:37:35+08:00`) of the last commit that touched `file`
 * (relative to `cwd`); `undefined` outside a git checkout, without git, or for a file never committed.
 */
export function lastCommitDate(file: string, cwd = process.cwd()): string | undefined {
	const key = `${cwd}\0${file}`;
	if (!cache.has(key)) {
		let date: string | undefined;
		try {
			date = execFileSync('git', ['log', '-1', '--format=%cI', '--', file], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
		} catch {
			date = undefined;
		}
		cache.set(key, date);
	}
	return cache.get(key);
}
