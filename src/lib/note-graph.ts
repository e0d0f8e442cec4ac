/** How notes relate: which notes link to a note (backlinks) and which share its tags and authors (related). */
import { facetGroups, facetValues, type Facet } from './browse.ts';
import { getNotes, type Note } from './notes.ts';
import { renderNote } from './render-note.ts';

let linkedFrom: Promise<Map<string, Note[]>> | undefined;

/** The notes that link to `note`, newest first (computed once for all notes from what each one links to). */
export async function backlinks(note: Note): Promise<Note[]> {
	linkedFrom ??= (async () => {
		const map = new Map<string, Note[]>();
		for (const from of await getNotes()) {
			for (const id of (await renderNote(from)).noteLinks) {
				if (!map.has(id)) map.set(id, []);
				map.get(id)!.push(from);
			}
		}
		return map;
	})();
	return (await linkedFrom).get(note.id) ?? [];
}

// A shared author says more about a paper than a shared tag.
const weights = { authors: 2, tags: 1 } as const satisfies Partial<Record<Facet, number>>;

const groupMaps = new Map<Facet, Promise<Map<string, Note[]>>>();
const notesIn = (facet: Facet) => {
	let map = groupMaps.get(facet);
	if (!map) groupMaps.set(facet, (map = facetGroups(facet).then((groups) => new Map(groups.map((group) => [group.key, group.notes])))));
	return map;
};

/** Up to `max` other notes sharing the most authors and tags with `note`; ties go to the newer note. */
export async function relatedNotes(note: Note, max = 4): Promise<Note[]> {
	const scores = new Map<string, { other: Note; score: number }>();
	for (const facet of ['authors', 'tags'] as const) {
		const groups = await notesIn(facet);
		for (const { key } of facetValues(note, facet)) {
			for (const other of groups.get(key) ?? []) {
				if (other.id === note.id) continue;
				const entry = scores.get(other.id) ?? { other, score: 0 };
				scores.set(other.id, { other, score: entry.score + weights[facet] });
			}
		}
	}
	const newest = (a: Note, b: Note) => (b.data.date ?? '').localeCompare(a.data.date ?? '') || a.id.localeCompare(b.id);
	return [...scores.values()]
		.sort((a, b) => b.score - a.score || newest(a.other, b.other))
		.slice(0, max)
		.map(({ other }) => other);
}
