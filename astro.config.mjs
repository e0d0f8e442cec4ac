// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { remarkPlugins, rehypePlugins } from './src/markdown/index.ts';
import { pagefindIntegration } from './src/integrations/pagefind.ts';
import { checkNotesIntegration } from './src/integrations/check-notes.ts';
import { basePath } from './src/lib/base-path.ts';

export default defineConfig({
	site: process.env.SITE_URL ?? 'https://example.org',
	base: basePath,
	integrations: [checkNotesIntegration(), mdx(), pagefindIntegration()],
	markdown: {
		processor: unified({ remarkPlugins, rehypePlugins }),
	},
	i18n: {
		defaultLocale: 'en',
		locales: ['en', 'zh'],
		routing: { prefixDefaultLocale: false },
	},
});
