/** The search dialog's code as one small module at `/search.js`, fetched by the page script on first use, with the filters' values (and whether this is `astro dev`) built in. */
import type { APIRoute } from 'astro';
import { clientBundle } from '../lib/client-bundle.ts';
import { getNotes } from '../lib/notes.ts';
import { searchFilterValues } from '../lib/search-filters.ts';

export const GET: APIRoute = async () =>
	clientBundle('src/client/search.ts', {
		SEARCH_FILTERS: JSON.stringify(searchFilterValues(await getNotes())),
		SEARCH_IN_DEV: JSON.stringify(import.meta.env.DEV),
	});
