// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { notesProcessor } from './src/markdown/processor.ts';
import { checkNotesIntegration } from './src/integrations/check-notes.ts';
import { basePath } from './src/lib/base-path.ts';
import { cacheDirFor, notesDir } from './src/lib/notes-dir.ts';
import { siteUrl } from './src/lib/site-url.ts';
import { builtPagesIntegration } from './src/integrations/built-pages.ts';

export default defineConfig({
	site: siteUrl,
	base: basePath,
	cacheDir: cacheDirFor(notesDir),
	integrations: [
		checkNotesIntegration(),
		mdx(),
		// Every page, with its other-language version as an alternate; the one 404 page is not a page to index.
		sitemap({ i18n: { defaultLocale: 'en', locales: { en: 'en', zh: 'zh-CN' } }, filter: (page) => !/\/404\/?$/.test(new URL(page).pathname) }),
		// Each page's CSP as it renders; once the pages are written, the policy and link checks and the search index.
		builtPagesIntegration(),
	],
	markdown: {
		processor: notesProcessor(),
		// Code colours that keep WCAG contrast, following the reader's light or dark scheme (see global.css).
		shikiConfig: { themes: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' } },
	},
	// Several pages at once: a page waits on the helper's reading of it (for its policy) and on writing itself.
	build: { concurrency: 4 },
	i18n: {
		defaultLocale: 'en',
		locales: ['en', 'zh'],
		routing: { prefixDefaultLocale: false },
	},
});
