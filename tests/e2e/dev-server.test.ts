/**
 * Under `astro dev`: a note's companion files (its .bib and preview .json) come from their routes, the same bytes the
 * build writes beside its page; search, which has no index there, says how to get one.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSiteFile, siteDir } from './built-site.ts';
import { useBrowser } from './harness.ts';
import { readNotes } from './notes.ts';

let server: ChildProcess | undefined;
let exited: Promise<number | null>;
let url: string;
let log = '';
const { open } = useBrowser({ serverUrl: () => url });

beforeAll(async () => {
	// Without vitest's variables: Astro's dev server serves no route when it sees VITEST. Beside any dev server
	// already running in this project (`--ignore-lock`), on a port of its own.
	const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST')));
	const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', '0', '--ignore-lock'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
	server = child;
	exited = new Promise((resolve) => child.once('exit', resolve));
	url = await new Promise<string>((resolve, reject) => {
		const read = (chunk: Buffer) => {
			log += chunk.toString().replace(/\x1b\[[0-9;]*m/g, '');
			const found = /Local\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(log);
			if (found) resolve(found[1]!);
		};
		child.stdout.on('data', read);
		child.stderr.on('data', read);
		void exited.then((code) => reject(new Error(`astro dev stopped (exit code ${code}):\n${log}`)));
	});
});

afterAll(async () => {
	server?.kill();
	await exited;
});

describe('astro dev', () => {
	it("serves every note's .bib and preview .json as the build writes them", async () => {
		for (const note of readNotes()) {
			for (const file of [`/notes/${note.slug}.bib`, `/notes/${note.slug}.json`]) {
				const response = await fetch(url + file);
				expect(response.status, `${file}\n${log}`).toBe(200);
				expect(await response.text(), file).toBe(readSiteFile(siteDir(), file));
			}
		}
	});

	for (const [lang, prefix, message] of [
		['en', '', 'Search needs the built site and its index: run “npm start” (“npm run dev” makes no index).'],
		['zh', '/zh', '搜索需要构建好的站点及其索引：请运行“npm start”（“npm run dev”不生成索引）。'],
	] as const) {
		it(`says that search needs the built site, not that the connection failed (${lang})`, async () => {
			const { page, foreign } = await open(`${prefix}/notes/${readNotes()[0]!.slug}/`);
			await page.keyboard.press('/');
			await page.locator('.search-dialog input[type="search"]').fill('speech');
			await expect.poll(() => page.locator('.search-dialog [role="status"]').textContent()).toBe(message);
			expect(foreign).toEqual([]);
		});
	}
});
