// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { remarkPlugins, rehypePlugins } from './src/markdown/index.ts';
import { pagefindIntegration } from './src/integrations/pagefind.ts';
import { checkNotesIntegration } from './src/integrations/check-notes.ts';
import { basePath } from './src/lib/base-path.ts';

export default defineConfig({
	site: process.env.SITE_URL ?? 'https://example.org',
	base: basePath,
	integrations: [
		checkNotesIntegration(),
		mdx(),
		pagefindIntegration(),
		// Every page, with its other-language version as an alternate; the one 404 page is not a page to index.
		sitemap({ i18n: { defaultLocale: 'en', locales: { en: 'en', zh: 'zh-CN' } }, filter: (page) => !/\/404\/?$/.test(new URL(page).pathname) }),
	],
	markdown: {
		processor: unified({ remarkPlugins, rehypePlugins }),
	},
	i18n: {
		defaultLocale: 'en',
		locales: ['en', 'zh'],
		routing: { prefixDefaultLocale: false },
	},
});
