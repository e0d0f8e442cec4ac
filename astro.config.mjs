// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { remarkPlugins, rehypePlugins } from './src/markdown/index.ts';
import { pagefindIntegration } from './src/integrations/pagefind.ts';
import { checkNotesIntegration } from './src/integrations/check-notes.ts';
import { cspIntegration } from './src/integrations/csp.ts';
import { checkLinksIntegration } from './src/integrations/check-links.ts';

export default defineConfig({
	site: process.env.SITE_URL ?? 'https://example.org',
	base: process.env.BASE_PATH ?? '/',
	trailingSlash: 'always',
	// After the build, in order: each page's CSP (rewrites the HTML), the search index, then the link check (reads only).
	integrations: [checkNotesIntegration(), mdx(), cspIntegration(), pagefindIntegration(), checkLinksIntegration()],
	markdown: {
		processor: unified({ remarkPlugins, rehypePlugins }),
	},
	i18n: {
		defaultLocale: 'en',
		locales: ['en', 'zh'],
		routing: { prefixDefaultLocale: false },
	},
});
