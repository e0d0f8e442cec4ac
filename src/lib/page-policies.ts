/** Gives built pages their Content-Security-Policy and returns what each holds (scripts, anchors, links), in helper processes working at once. */
import { fork } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { scriptHash, withPolicy } from './csp.ts';
import { pageFacts, type PageFacts } from './page-facts.ts';

/** Pages handled at once, so that reading and writing files overlaps parsing. */
const BATCH = 16;

/** Reads each page of `site` (a folder path ending in `/`), writes it back with its policy, and returns its facts. */
export async function setPolicies(site: string, pages: readonly string[]): Promise<PageFacts[]> {
	const facts: PageFacts[] = [];
	for (let i = 0; i < pages.length; i += BATCH) {
		await Promise.all(
			pages.slice(i, i + BATCH).map(async (page, j) => {
				const html = await readFile(site + page, 'utf8');
				const found = (facts[i + j] = pageFacts(html));
				await writeFile(site + page, withPolicy(html, found.scripts.map((script) => scriptHash(script.text))));
			}),
		);
	}
	return facts;
}

/** `setPolicies` in the helper process (`page-policies-helper.ts`). */
function inHelper(site: string, pages: readonly string[]): Promise<PageFacts[]> {
	return new Promise((resolve, reject) => {
		// Semi-spaces of at most 4 MB, far below V8's own sizing: the parser's garbage is short-lived, and with
		// V8's sizing each helper held 250 MB, which took the 1000-note build past 1 GB.
		const execArgv = [...process.execArgv, '--max-semi-space-size=4'];
		const child = fork(fileURLToPath(new URL('./page-policies-helper.ts', import.meta.url)), { serialization: 'advanced', stdio: 'inherit', execArgv });
		child.once('message', (facts: PageFacts[]) => {
			child.disconnect();
			resolve(facts);
		});
		child.once('error', reject);
		child.once('exit', (code) => reject(new Error(`the page helper process stopped (exit code ${code})`)));
		child.send({ site, pages });
	});
}

/**
 * Every page parsed once (the bulk of the steps after the build), in helper
 * processes, so that both cores work and this process, which holds the whole build, does not grow
 * with the parsers' garbage. The facts come back in the order of `pages`.
 */
export async function setAllPolicies(site: string, pages: readonly string[]): Promise<PageFacts[]> {
	// One helper per core.
	const helpers = availableParallelism();
	const share = Math.ceil(pages.length / helpers);
	const parts = Array.from({ length: helpers }, (_, i) => inHelper(site, pages.slice(i * share, (i + 1) * share)));
	return (await Promise.all(parts)).flat();
}
