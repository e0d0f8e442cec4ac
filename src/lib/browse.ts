/** Browsing notes by facet (tag, author, year, venue): the groups, their keys and labels, and their paged URLs. */
import slugify from '@sindresorhus/slugify';
import type { PaginateFunction } from 'astro';
import { localeUrl, type Lang } from '../i18n/index.ts';
import { authorKey } from './author-key.ts';
import { getNotes, noteYear, type Note } from './notes.ts';
import { venueSeries } from './venue.ts';

export const facets = ['tags', 'authors', 'years', 'venues'] as const;
export type Facet = (typeof facets)[number];

/** Facets with a page listing all their groups; authors have none (tens of thousands at scale), each is reached from their notes. */
export const indexedFacets = ['tags', 'years', 'venues'] as const satisfies readonly Facet[];
export type IndexedFacet = (typeof indexedFacets)[number];

/** Notes per page of a browse list: pages stay small however many notes there are. */
export const pageSize = 20;

export interface FacetValue {
	key: string;
	label: string;
}

export interface Group extends FacetValue {
	/** Newest first. */
	notes: Note[];
}

/** The groups a note belongs to under `facet`. */
export function facetValues(note: Note, facet: Facet): FacetValue[] {
	const { tags, authors, venue } = note.data;
	const year = noteYear(note);
	switch (facet) {
		case 'tags':
			return tags.map((tag) => ({ key: tag, label: tag }));
		case 'authors':
			return authors.map(({ name }) => ({ key: authorKey(name), label: name }));
		case 'years':
			return year ? [{ key: year, label: year }] : [];
		case 'venues': {
			const series = venue && venueSeries(venue);
			return series ? [{ key: slugify(series) || series.toLowerCase(), label: series }] : [];
		}
	}
}

const cache = new Map<Facet, Promise<Group[]>>();

/** Every group of `facet`: years newest first, tags by size, authors and venues by name. */
export function facetGroups(facet: Facet): Promise<Group[]> {
	let groups = cache.get(facet);
	if (!groups) cache.set(facet, (groups = groupNotes(facet)));
	return groups;
}

async function groupNotes(facet: Facet): Promise<Group[]> {
	const byKey = new Map<string, Group>();
	for (const note of await getNotes()) {
		for (const { key, label } of facetValues(note, facet)) {
			const group = byKey.get(key);
			// The label is the spelling of the newest note; a note listing an author twice is listed once.
			if (!group) byKey.set(key, { key, label, notes: [note] });
			else if (group.notes.at(-1) !== note) group.notes.push(note);
		}
	}
	const groups = [...byKey.values()];
	const byLabel = (a: Group, b: Group) => a.label.localeCompare(b.label, 'en');
	if (facet === 'years') return groups.sort((a, b) => b.key.localeCompare(a.key));
	if (facet === 'tags') return groups.sort((a, b) => b.notes.length - a.notes.length || byLabel(a, b));
	return groups.sort(byLabel);
}

/** URL of page `page` (1-based) of a group, or of the facet's index without a key. */
export function browseUrl(lang: Lang, facet: Facet, key?: string, page = 1): string {
	if (key === undefined) return localeUrl(lang, `${facet}/`);
	return localeUrl(lang, `${facet}/${key}/${page > 1 ? `${page}/` : ''}`);
}

/** The URLs of the groups `note` belongs to under `facet`, in the note's order. */
export function facetUrls(lang: Lang, note: Note, facet: Facet): string[] {
	return facetValues(note, facet).map(({ key }) => browseUrl(lang, facet, key));
}

/** `getStaticPaths` of the browse pages, the same in every language: every group of every facet, paged. */
export async function browseStaticPaths({ paginate }: { paginate: PaginateFunction }) {
	const paths = [];
	for (const facet of facets) {
		for (const group of await facetGroups(facet)) {
			paths.push(...paginate(group.notes, { params: { facet, key: group.key }, props: { facet, group }, pageSize }));
		}
	}
	return paths;
}

/** `getStaticPaths` of the facet index pages. */
export const browseIndexStaticPaths = () => indexedFacets.map((facet) => ({ params: { facet }, props: { facet } }));
