/** How notes relate: which notes link to a note (backlinks) and which share its tags and authors (related). */
import { facetGroups, facetValues, type Facet } from './browse.ts';
import { getNotes, type Note } from './notes.ts';
import { renderNote } from './render-note.ts';
import { topK } from './top-k.ts';

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

let ranker: Promise<(note: Note, max: number) => Note[]> | undefined;

/**
 * Scores every other note by what it shares with a note, in one array reused for every note: a
 * common tag gives a note thousands of candidates, too many for a map and a sort on each page.
 */
async function makeRanker(): Promise<(note: Note, max: number) => Note[]> {
	const notes = await getNotes();
	const indexOf = new Map(notes.map((note, i) => [note.id, i]));
	const members = new Map<Facet, Map<string, number[]>>();
	for (const facet of ['authors', 'tags'] as const) {
		const groups = await facetGroups(facet);
		members.set(facet, new Map(groups.map((group) => [group.key, group.notes.map((other) => indexOf.get(other.id)!)])));
	}
	const scores = new Int32Array(notes.length);
	// In getNotes() order, newest first: of two notes with the same score, the lower index wins.
	const before = (a: number, b: number) => (scores[a] !== scores[b] ? scores[a]! > scores[b]! : a < b);
	return (note, max) => {
		const self = indexOf.get(note.id)!;
		const touched: number[] = [];
		for (const facet of ['authors', 'tags'] as const) {
			for (const { key } of facetValues(note, facet)) {
				for (const other of members.get(facet)!.get(key) ?? []) {
					if (other === self) continue;
					if (scores[other] === 0) touched.push(other);
					scores[other] += weights[facet];
				}
			}
		}
		const best = topK(touched, max, before);
		for (const other of touched) scores[other] = 0;
		return best.map((i) => notes[i]!);
	};
}

/** Up to `max` other notes sharing the most authors and tags with `note`; ties go to the newer note. */
export async function relatedNotes(note: Note, max = 4): Promise<Note[]> {
	ranker ??= makeRanker();
	return (await ranker)(note, max);
}
