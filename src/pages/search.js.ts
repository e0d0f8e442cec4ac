/** The search dialog's code as one small module at `/search.js`, fetched by the page script on first use. */
import type { APIRoute } from 'astro';
import { build } from 'esbuild';
import { resolve } from 'node:path';

export const GET: APIRoute = async () => {
	const result = await build({
		// Relative to the project root: this endpoint itself runs from a bundled copy elsewhere.
		entryPoints: [resolve('src/client/search.ts')],
		bundle: true,
		format: 'esm',
		minify: true,
		target: 'es2022',
		write: false,
		legalComments: 'none',
	});
	return new Response(result.outputFiles[0]!.text, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
