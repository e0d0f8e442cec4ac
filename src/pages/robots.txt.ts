/** `robots.txt`: everything may be crawled; the sitemap (written by @astrojs/sitemap) is under the base path. */
import type { APIRoute } from 'astro';

export const GET: APIRoute = ({ site, url }) => {
	const sitemap = new URL(`${import.meta.env.BASE_URL}sitemap-index.xml`, site ?? url);
	return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
