import { describe, expect, it } from 'vitest';
import { parse } from '@retorquere/bibtex-parser';
import { baseKey, bibtexEntry, bibtexFile, bibtexKeys, familyName, type CitableNote } from '../../src/lib/bibtex.ts';
import { noteSchema, type NoteInput } from '../../src/schema/note.ts';

const note = (id: string, input: Partial<NoteInput>): CitableNote => ({
	id,
	data: noteSchema.parse({ title: 'A Paper', authors: ['Ada Lovelace'], links: { pdf: 'https://example.org/a.pdf' }, ...input }),
});

const parsed = (text: string) => {
	const library = parse(text, { sentenceCase: false });
	expect(library.errors).toEqual([]);
	return library.entries;
};

describe('BibTeX keys', () => {
	it('reads the family name as BibTeX does', () => {
		expect(familyName('Changli Tang')).toBe('Tang');
		expect(familyName('Paul K. Rubenstein')).toBe('Rubenstein');
		expect(familyName('Felix de Chaumont Quitry')).toBe('Chaumont Quitry');
		expect(familyName('Chao Zhang (张超)')).toBe('Zhang');
		expect(familyName('张超')).toBe('张超');
	});

	it('is <firstauthor><year><firstword>, ASCII, skipping little words', () => {
		expect(baseKey(note('salmonn', { title: 'SALMONN: Towards Generic Hearing', authors: ['Changli Tang'], links: { arxiv: 'https://arxiv.org/abs/2310.13289' } }))).toBe('tang2023salmonn');
		expect(baseKey(note('x', { title: 'On the Use of Müller Codes', authors: ['Jörg Müller'], date: '2021-05' }))).toBe('mueller2021use');
		expect(baseKey(note('x', { title: 'A Study', authors: ['Felix de Chaumont Quitry'], date: '2020-01' }))).toBe('chaumontquitry2020study');
		// No ASCII spelling of the name: the note's id stands in; no date: no year.
		expect(baseKey(note('whisper-zh', { title: '语音识别', authors: ['张超'] }))).toBe('whisperzh');
	});

	it('keeps keys unique: the earlier paper keeps the key whatever the order, later ones get b, c…', () => {
		const a = note('a', { title: 'Speech Models', authors: ['Ada Lovelace'], date: '2023-01' });
		const b = note('b', { title: 'Speech Again', authors: ['Ada Lovelace'], date: '2023-06' });
		const c = note('c', { title: 'Speech Once More', authors: ['Ada Lovelace'], date: '2023-03' });
		const keys = Object.fromEntries(bibtexKeys([b, c, a]));
		expect(keys).toEqual({ a: 'lovelace2023speech', c: 'lovelace2023speechb', b: 'lovelace2023speechc' });
		expect(Object.fromEntries(bibtexKeys([a, b, c]))).toEqual(keys);
		// A newer paper with the same key changes none of the keys already given.
		const d = note('d', { title: 'Speech at Last', authors: ['Ada Lovelace'], date: '2024-01' });
		expect(Object.fromEntries(bibtexKeys([a, b, c, d]))).toEqual({ ...keys, d: 'lovelace2024speech' });
		const e = note('e', { title: 'Speech Late', authors: ['Ada Lovelace'], date: '2023-12' });
		expect(bibtexKeys([a, b, c, e]).get('e')).toBe('lovelace2023speechd');
	});
});

describe('BibTeX entries', () => {
	it('escapes every LaTeX special character and keeps the title’s case where it matters', () => {
		const tricky = note('t', {
			title: 'Cost & Benefit: 50% of {Braces} in a_b with $5, #1, ~x, ^y and \\z for LLMs',
			authors: ['Andrés and Co', 'Zoë Ü. Øre', 'Ludwig van Beethoven'],
			date: '2022-11',
		});
		const entry = bibtexEntry(tricky, 'k');
		expect(entry).toContain('Cost \\& Benefit: 50\\% of');
		expect(entry).toContain('a\\_b with \\$5, \\#1');
		expect(entry).toContain('{LLMs}');
		expect(entry).toContain('month = nov,');
		const [back] = parsed(entry);
		expect(back!.fields.title!.normalize('NFC')).toBe(tricky.data.title);
		const names = back!.fields.author!.map((c) => [c.firstName, c.prefix, c.lastName].filter(Boolean).join(' ').normalize('NFC'));
		// "and" inside a name does not split the list.
		expect(names).toEqual(['Andrés and Co', 'Zoë Ü. Øre', 'Ludwig van Beethoven']);
		expect(back!.fields.month).toBe('11');
	});

	it('chooses the entry type from the venue', () => {
		const type = (input: Partial<NoteInput>) => parsed(bibtexEntry(note('x', input), 'k'))[0]!;
		const conference = type({ venue: 'Interspeech 2024' });
		expect([conference.type, conference.fields.booktitle]).toEqual(['inproceedings', 'Interspeech 2024']);
		const journal = type({ venue: 'IEEE/ACM Transactions on Audio, Speech, and Language Processing' });
		expect([journal.type, journal.fields.journal]).toEqual(['article', 'IEEE/ACM Transactions on Audio, Speech, and Language Processing']);
		const preprint = type({ links: { arxiv: 'https://arxiv.org/abs/2401.01234v2' } });
		expect([preprint.type, preprint.fields.eprint, preprint.fields.archiveprefix, preprint.fields.year]).toEqual(['misc', '2401.01234', 'arXiv', '2024']);
		const doi = type({ links: { publication: 'https://doi.org/10.1609/aaai.v38i21.30570' } });
		expect(doi.fields.doi).toBe('10.1609/aaai.v38i21.30570');
	});

	it('writes a file of every entry, sorted by key', () => {
		const file = bibtexFile([note('b', { authors: ['Zed Last'] }), note('a', { authors: ['Amy First'] })]);
		expect(parsed(file).map((entry) => entry.key)).toEqual(['firstpaper', 'lastpaper']);
	});
});
