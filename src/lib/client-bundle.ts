/** Bundles a browser module under `src/client/` into one small minified file, for endpoints that serve code loaded on demand. */
import { build } from 'esbuild';
import { resolve } from 'node:path';

/** `define`: globals the module reads as constants known at build time (JSON text by name). */
export async function clientBundle(entry: string, define: Record<string, string> = {}): Promise<Response> {
	const result = await build({
		// Relative to the project root: endpoints run from a bundled copy elsewhere.
		entryPoints: [resolve(entry)],
		bundle: true,
		format: 'esm',
		minify: true,
		target: 'es2022',
		write: false,
		legalComments: 'none',
		define,
	});
	return new Response(result.outputFiles[0]!.text, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
}
