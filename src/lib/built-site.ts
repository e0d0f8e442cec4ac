/** The files of a built site (`dist/`), for the steps that run after `astro build`: the CSP and the link checker. */
import { readdir } from 'node:fs/promises';
import path from 'node:path';

/** Every file under `dir`, as site paths with `/` separators (`notes/salmonn/index.html`), sorted. */
export async function siteFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries
		.filter((entry) => entry.isFile())
		.map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
		.sort();
}

export const isHtml = (file: string): boolean => file.endsWith('.html');
