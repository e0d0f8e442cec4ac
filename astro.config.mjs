// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { remarkPlugins, rehypePlugins } from './src/markdown/index.ts';

export default defineConfig({
	site: process.env.SITE_URL ?? 'https://example.org',
	base: process.env.BASE_PATH ?? '/',
	trailingSlash: 'always',
	integrations: [mdx()],
	markdown: {
		processor: unified({ remarkPlugins, rehypePlugins }),
	},
	i18n: {
		defaultLocale: 'en',
		locales: ['en', { path: 'zh', codes: ['zh-CN'] }],
		routing: { prefixDefaultLocale: false },
	},
});
