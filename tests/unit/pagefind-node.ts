/** Runs a bundle's own pagefind.js in Node: its files read from disk through `fetch`, its language given as a page's `<html lang>` would give it. */
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';

const origin = 'http://pagefind.test';

interface Instance {
	init(): Promise<void>;
	search(term: string): Promise<{ results: { id: string; score: number }[] }>;
	destroy(): Promise<void>;
}

/** Search `dir` (a bundle folder) for `query` in a fresh Pagefind instance: its results as `page:score`, and the bytes of index chunks it read. */
export async function pagefindSearch(dir: string, lang: string, query: string): Promise<{ results: string[]; chunkBytes: number }> {
	// pagefind.js reads the language from <html lang> and looks for document.currentScript.
	Object.assign(globalThis, { document: { currentScript: null, querySelector: () => ({ getAttribute: () => lang }) } });
	const realFetch = globalThis.fetch;
	let chunkBytes = 0;
	globalThis.fetch = (async (input: string | URL) => {
		const url = new URL(input);
		if (url.origin !== origin) throw new Error(`unexpected fetch ${url}`);
		const body = await readFile(dir + url.pathname);
		if (url.pathname.endsWith('.pf_index')) chunkBytes += body.length;
		return new Response(body);
	}) as typeof fetch;
	try {
		const { createInstance } = (await import(pathToFileURL(`${dir}/pagefind.js`).href)) as { createInstance(options: object): Instance };
		const pagefind = createInstance({ basePath: `${origin}/` });
		await pagefind.init();
		const { results } = await pagefind.search(query);
		await pagefind.destroy();
		return { results: results.map((result) => `${result.id}:${result.score.toFixed(5)}`), chunkBytes };
	} finally {
		globalThis.fetch = realFetch;
		Reflect.deleteProperty(globalThis, 'document');
	}
}
