/** One key per person across notes: the same name, however accented or capitalised and with or without an affiliation, is one author. */
import slugify from '@sindresorhus/slugify';

/** `José García` and `Jose Garcia` → `jose-garcia`; a name in a script slugify cannot spell (Chinese) is kept, spaces joined by `-`. */
export function authorKey(name: string): string {
	const slug = slugify(name, { decamelize: false });
	return slug || name.normalize('NFC').trim().toLowerCase().replace(/\s+/g, '-');
}
