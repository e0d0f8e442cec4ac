/** BibTeX for the papers the notes describe: LaTeX-escaped entries under stable, unique keys `<firstauthor><year><firstword>`. */
import slugify from '@sindresorhus/slugify';
import { Transform } from 'unicode2latex';
import type { NoteData } from '../schema/note.ts';
import { venueKind } from './venue.ts';

/** What a BibTeX entry is made from: a note's id and frontmatter. */
export interface CitableNote {
	id: string;
	data: NoteData;
}

// Accented letters as `{\"o}` (one letter to BibTeX when it sorts and abbreviates), specials as `\&`, `\%`, `\_`…
const latex = new Transform('bibtex-creator');
const toLatex = (text: string) => latex.tolatex(text.normalize('NFC'));

/** Title words a key skips, as Google Scholar's keys do. */
const stopWords = new Set(['a', 'an', 'the', 'on', 'of', 'in', 'for', 'to', 'and', 'with', 'from', 'at', 'by', 'via', 'is', 'are']);
const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const ascii = (text: string) => slugify(text, { decamelize: false }).replace(/-/g, '');

/** The family name as BibTeX reads `First von Last`: the words after the last lowercase word ("de"), else the last word. */
export function familyName(name: string): string {
	const words = name.replace(/\([^)]*\)/g, ' ').trim().split(/\s+/);
	let start = words.length - 1;
	for (let i = words.length - 2; i > 0; i--) {
		if (/^\p{Ll}/u.test(words[i]!)) {
			start = i + 1;
			break;
		}
	}
	return words.slice(start).join(' ');
}

/** `tang2023salmonn`, before disambiguation; a name in a script without ASCII spelling falls back to the note's id. */
export function baseKey({ id, data }: CitableNote): string {
	const author = ascii(familyName(data.authors[0]!.name)) || ascii(id.split('/').at(-1)!);
	const word = data.title.split(/[\s:]+/).map(ascii).find((w) => w && !stopWords.has(w)) ?? '';
	return `${author}${data.date?.slice(0, 4) ?? ''}${word}`;
}

/**
 * A unique key per note. Notes sharing a base key are ordered by date, then id: the earliest keeps it, the
 * others get `b`, `c`… So keys do not depend on build order, and a note added for a newer paper changes no old key.
 */
export function bibtexKeys(notes: readonly CitableNote[]): Map<string, string> {
	const keyed = notes.map((note) => ({ note, base: baseKey(note) }));
	keyed.sort((a, b) => a.base.localeCompare(b.base) || (a.note.data.date ?? '').localeCompare(b.note.data.date ?? '') || a.note.id.localeCompare(b.note.id));
	const used = new Set<string>();
	const keys = new Map<string, string>();
	for (const { note, base } of keyed) {
		let key = base;
		for (let n = 1; used.has(key); n++) key = `${base}${suffix(n)}`;
		used.add(key);
		keys.set(note.id, key);
	}
	return keys;
}

/** 1 → b, 2 → c, …, 25 → z, 26 → ba… */
function suffix(n: number): string {
	let out = '';
	for (let i = n; i > 0; i = Math.floor(i / 26)) out = String.fromCharCode(97 + (i % 26)) + out;
	return out;
}

/** A name as BibTeX reads it: LaTeX-escaped, a literal "and" braced so it does not split the list. */
const bibName = (name: string) => toLatex(name).replace(/\band\b/g, '{and}');

/** Words with a capital after their first letter (SALMONN, AudioPaLM, LLMs) are braced so styles keep their case. */
const bibTitle = (title: string) =>
	title
		.split(/(\s+)/)
		.map((word) => (/\S\p{Lu}/u.test(word) ? `{${toLatex(word)}}` : toLatex(word)))
		.join('');

/** The DOI of a doi.org link. */
export function doiOf(url: string | undefined): string | undefined {
	const match = url && /^https?:\/\/(?:dx\.)?doi\.org\/(10\.[^\s]+)$/i.exec(url);
	return match ? decodeURIComponent(match[1]!) : undefined;
}

/** One BibTeX entry: @inproceedings or @article when the venue says which, else @misc (an arXiv preprint). */
export function bibtexEntry({ data }: CitableNote, key: string): string {
	const { title, authors, venue, date, links, arxivId } = data;
	const kind = venue ? venueKind(venue) : undefined;
	const type = kind === 'journal' ? 'article' : kind === 'conference' ? 'inproceedings' : 'misc';
	const fields: [string, string | undefined, boolean?][] = [
		['title', bibTitle(title)],
		['author', authors.map((author) => bibName(author.name)).join(' and ')],
		[kind === 'journal' ? 'journal' : 'booktitle', venue && toLatex(venue)],
		['year', date?.slice(0, 4)],
		// A month macro, unbraced, so styles print it in their language.
		['month', date ? months[Number(date.slice(5, 7)) - 1] : undefined, true],
		['eprint', arxivId],
		['archiveprefix', arxivId && 'arXiv'],
		['doi', doiOf(links.publication)],
		// URLs are verbatim to LaTeX's \url: not escaped.
		['url', links.arxiv ?? links.publication ?? links.pdf ?? Object.values(links).find(Boolean)],
	];
	const lines = fields.flatMap(([name, value, bare]) => (value ? [`  ${name} = ${bare ? value : `{${value}}`},`] : []));
	return `@${type}{${key},\n${lines.join('\n')}\n}\n`;
}

/** Entries for `notes`, keys unique among them, sorted by key. */
export function bibtexFile(notes: readonly CitableNote[]): string {
	const keys = bibtexKeys(notes);
	return notes
		.map((note) => ({ note, key: keys.get(note.id)! }))
		.sort((a, b) => a.key.localeCompare(b.key))
		.map(({ note, key }) => bibtexEntry(note, key))
		.join('\n');
}
