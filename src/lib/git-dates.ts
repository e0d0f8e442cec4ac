/** When a file last changed, from git history: the commit date, so that a rebuild of the same commit gives the same page. */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const git = (args: string[], cwd: string) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 30 });

/** Per folder: each file's last commit date, by absolute path (empty outside a git checkout). */
const folders = new Map<string, Map<string, string>>();

/**
 * The last commit date of every file under `folder`, from ONE `git log` (newest commit first, so a
 * file's first mention is its last change). One process per note took 17 s at 1000 notes.
 */
function folderDates(folder: string): Map<string, string> {
	const dates = new Map<string, string>();
	try {
		const top = git(['rev-parse', '--show-toplevel'], folder).trim();
		// Records: \x1e DATE \0 \n NAME \0 NAME \0 … with names relative to the top of the checkout.
		for (const record of git(['log', '--format=%x1e%cI', '--name-only', '--no-renames', '-z', '--', '.'], folder).split('\x1e')) {
			const [date, ...names] = record.split('\0');
			for (const name of names) {
				const file = path.join(top, name.trim());
				if (name.trim() && !dates.has(file)) dates.set(file, date!);
			}
		}
	} catch {
		// Not a git checkout, or no git: no dates.
	}
	return dates;
}

/**
 * The ISO 8601 committer date (`2024-04-09T15:37:35+08:00`) of the last commit that touched `file`
 * (relative to `cwd`); `undefined` outside a git checkout, without git, or for a file never committed.
 * `folder` (relative to `cwd`, holding `file` at any depth) has its files' dates read together on first
 * use: given the notes folder, notes in its subfolders come from the same `git log`.
 */
export function lastCommitDate(file: string, { cwd = process.cwd(), folder = path.dirname(file) } = {}): string | undefined {
	const absolute = path.resolve(cwd, file);
	const root = path.resolve(cwd, folder);
	if (!folders.has(root)) folders.set(root, folderDates(root));
	return folders.get(root)!.get(absolute);
}
