// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { processorOptions } from './src/markdown/index.ts';
import { pagefindIntegration } from './src/integrations/pagefind.ts';
import { checkNotesIntegration } from './src/integrations/check-notes.ts';

export default defineConfig({
	site: process.env.SITE_URL ?? 'https://example.org',
	base: process.env.BASE_PATH ?? '/',
	trailingSlash: 'always',
	integrations: [checkNotesIntegration(), mdx(), pagefindIntegration()],
	markdown: {
		processor: unified(processorOptions),
	},
	i18n: {
		defaultLocale: 'en',
		locales: ['en', 'zh'],
		routing: { prefixDefaultLocale: false },
	},
});
