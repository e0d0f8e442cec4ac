/** One key per person across notes: the same name, however accented or capitalised and with or without an affiliation, is one author. */
import slugify from '@sindresorhus/slugify';

// By name: every page lists authors, and slugify (transliterating) costs more than the rest of the lookup.
const keys = new Map<string, string>();

/** `José García` and `Jose Garcia` → `jose-garcia`; a name in a script slugify cannot spell (Chinese) is kept, spaces joined by `-`. */
export function authorKey(name: string): string {
	let key = keys.get(name);
	if (key === undefined) {
		key = slugify(name, { decamelize: false }) || name.normalize('NFC').trim().toLowerCase().replace(/\s+/g, '-');
		keys.set(name, key);
	}
	return key;
}
