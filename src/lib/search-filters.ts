/**
 * The values search filters notes by, known at build time: what each note page gives Pagefind
 * (`data-pagefind-filter` in NoteHeader.astro), so that opening search fetches none of Pagefind's filter indexes.
 */
import { facetValues, type Facet } from './browse.ts';
import type { Note } from './notes.ts';

const facetOf = { tag: 'tags', year: 'years', venue: 'venues' } as const satisfies Record<string, Facet>;
type SearchFilter = keyof typeof facetOf;
export type SearchFilterValues = Record<SearchFilter, string[]>;

/** Each filter's values in the order its menu lists them: years newest first, the rest alphabetically. */
export function searchFilterValues(notes: Note[]): SearchFilterValues {
	const values = (filter: SearchFilter) => {
		const labels = [...new Set(notes.flatMap((note) => facetValues(note, facetOf[filter]).map((value) => value.label)))];
		return filter === 'year' ? labels.sort().reverse() : labels.sort((a, b) => a.localeCompare(b, 'en'));
	};
	return { tag: values('tag'), year: values('year'), venue: values('venue') };
}
