/**
 * During `astro build`, each page as Astro renders it goes to the page collector (`src/lib/page-policies.ts`) for the
 * checks after the build, and gets its Content-Security-Policy (`src/lib/csp.ts`). In dev, pages pass untouched.
 */
import { defineMiddleware } from 'astro:middleware';
import { withPolicy } from './lib/csp.ts';
import { pageCollector, pageKey } from './lib/page-policies.ts';

export const onRequest = defineMiddleware(async ({ url }, next) => {
	const response = await next();
	const collector = pageCollector();
	if (!collector || !response.headers.get('content-type')?.startsWith('text/html')) return response;
	// As bytes: the page is not decoded here and encoded again (the helper decodes it, on the other core).
	const html = new Uint8Array(await response.arrayBuffer());
	// The scripts' hashes from the collector's HTML parse (a pattern would also see `<script>` in attribute values).
	const page = withPolicy(html, await collector.add(pageKey(url.pathname, import.meta.env.BASE_URL), html));
	return new Response(page, { status: response.status, statusText: response.statusText, headers: response.headers });
});
