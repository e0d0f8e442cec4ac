/** The files of a built site (`dist/`), for the checks once its pages are written: every page's policy and links. */
import { readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * Every file under `dir`, as site paths with `/` separators (`notes/salmonn/index.html`), sorted. Read synchronously:
 * asynchronously, each of the thousands of folders was a thread-pool round trip, four times as long in all.
 */
export function siteFiles(dir: string): string[] {
	const entries = readdirSync(dir, { recursive: true, withFileTypes: true });
	return entries
		.filter((entry) => entry.isFile())
		.map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
		.sort();
}

export const isHtml = (file: string): boolean => file.endsWith('.html');
