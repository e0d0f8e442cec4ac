/** Under `astro dev`, a note's companion files (its .bib and preview .json) come from their routes: the same bytes the build writes beside its page. */
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSiteFile, siteDir } from './built-site.ts';
import { readNotes } from './notes.ts';

// Without vitest's variables: Astro's dev server serves no route when it sees VITEST.
const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST')));
const server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', '0'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
const exited = new Promise<number | null>((resolve) => server.once('exit', resolve));
let url: string;
let log = '';

beforeAll(async () => {
	url = await new Promise<string>((resolve, reject) => {
		const read = (chunk: Buffer) => {
			log += chunk.toString().replace(/\x1b\[[0-9;]*m/g, '');
			const found = /http:\/\/127\.0\.0\.1:\d+/.exec(log);
			if (found) resolve(found[0]);
		};
		server.stdout.on('data', read);
		server.stderr.on('data', read);
		void exited.then((code) => reject(new Error(`astro dev stopped (exit code ${code}):\n${log}`)));
	});
});

afterAll(async () => {
	server.kill();
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
});
