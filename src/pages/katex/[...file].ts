/** KaTeX's stylesheet and WOFF2 fonts, served from the installed package so they match the HTML it rendered. */
import { readFile, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';

const dist = join(dirname(createRequire(import.meta.url).resolve('katex/package.json')), 'dist');

export const getStaticPaths = (async () => {
	const fonts = (await readdir(join(dist, 'fonts'))).filter((name) => name.endsWith('.woff2'));
	return ['katex.min.css', ...fonts.map((name) => `fonts/${name}`)].map((file) => ({ params: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
	const file = params.file!;
	if (file.endsWith('.css')) {
		// Every browser we serve reads WOFF2: drop the WOFF/TTF fallbacks so they are not shipped.
		const css = (await readFile(join(dist, file), 'utf8')).replace(/,url\([^)]+\.(?:woff|ttf)\) format\("(?:woff|truetype)"\)/g, '');
		return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
	}
	return new Response(await readFile(join(dist, file)), { headers: { 'Content-Type': 'font/woff2' } });
};
