/** Where each language's Pagefind bundle lives under the site, shared by the indexer and the search client. */
export const searchBundles = {
	en: { pages: 'notes/**/index.html', path: 'pagefind/en', exclude: '[data-lang="zh"]:not([data-solo])' },
	zh: { pages: 'zh/notes/**/index.html', path: 'pagefind/zh', exclude: '[data-lang="en"]:not([data-solo])' },
} as const;
