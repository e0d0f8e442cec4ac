/** The home list in pages: the home page shows the newest notes, the rest continue at `page/N/` in each language (page 1 is the home page itself). */
import { localeUrl, type Lang } from '../i18n/index.ts';
import { pageSize } from './browse.ts';
import { getNotes } from './notes.ts';
import { listPages } from './paging.ts';

/** URL of page `page` (1-based) of the home list in `lang`: `page/` is no facet and no note slug, so it collides with neither. */
export const homePageUrl = (lang: Lang, page = 1): string => localeUrl(lang, page > 1 ? `page/${page}/` : '');

/** Every page of the home list, newest notes first, as many to a page as the browse lists. */
export const homePages = async () => listPages(await getNotes(), pageSize);

/** `getStaticPaths` of the continuation pages, the same in every language: page 2 on. */
export const homeStaticPaths = async () =>
	(await homePages()).slice(1).map((page) => ({ params: { page: String(page.currentPage) }, props: { page } }));
