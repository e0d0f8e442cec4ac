// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { remarkPlugins, rehypePlugins } from './src/markdown/index.ts';
import { pagefindIntegration } from './src/integrations/pagefind.ts';

export default defineConfig({
	site: process.env.SITE_URL ?? 'https://example.org',
	base: process.env.BASE_PATH ?? '/',
	trailingSlash: 'always',
	integrations: [mdx(), pagefindIntegration()],
	markdown: {
		processor: unified({ remarkPlugins, rehypePlugins }),
	},
	i18n: {
		defaultLocale: 'en',
		locales: ['en', 'zh'],
		routing: { prefixDefaultLocale: false },
	},
});
