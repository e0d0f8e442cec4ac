import { describe, expect, it } from 'vitest';
import { noteSchema, dateFromArxivId } from '../../src/schema/note.ts';
import { isCalendarDate } from '../../src/schema/date.ts';
import { arxivIdFromUrl } from '../../src/schema/links.ts';
import { didYouMean, editDistance, formatFieldMessage, formatIssues, noteFields } from '../../src/schema/error-map.ts';

const base = { title: 'A paper', authors: ['Ada Lovelace'], links: { pdf: 'https://example.org/paper.pdf' } };

/** The `field: message` lines for `input`, empty when it is valid. */
function problems(input: unknown): string[] {
	const result = noteSchema.safeParse(input);
	return result.success ? [] : formatIssues(result.error, input).map(formatFieldMessage);
}
function parse(input: unknown) {
	return noteSchema.parse(input);
}

describe('title', () => {
	it('accepts text, Chinese included, trimmed', () => {
		expect(parse({ ...base, title: '  语音大模型：综述 ' }).title).toBe('语音大模型：综述');
	});
	it('is required', () => {
		const { title: _, ...rest } = base;
		expect(problems(rest)).toEqual(['title: required']);
	});
	it('rejects empty text, an empty value and a number', () => {
		expect(problems({ ...base, title: '  ' })).toEqual(['title: must not be empty']);
		expect(problems({ ...base, title: null })).toEqual(['title: must be a text (got an empty value)']);
		expect(problems({ ...base, title: 2024 })).toEqual(['title: must be a text (got number 2024)']);
	});
});

describe('authors', () => {
	it('accepts plain names and { name, affiliation? }, normalised to objects', () => {
		expect(parse({ ...base, authors: ['张三', { name: 'Ada', affiliation: 'Analytical Engines' }, { name: 'Bo' }] }).authors).toEqual([
			{ name: '张三', affiliation: undefined },
			{ name: 'Ada', affiliation: 'Analytical Engines' },
			{ name: 'Bo' },
		]);
	});
	it('is required and must not be empty', () => {
		const { authors: _, ...rest } = base;
		expect(problems(rest)).toEqual(['authors: required']);
		expect(problems({ ...base, authors: [] })).toEqual(['authors: must list at least one author']);
	});
	it('must be a list, not one name', () => {
		expect(problems({ ...base, authors: 'Ada Lovelace' })).toEqual(['authors: must be a list of authors (got "Ada Lovelace")']);
	});
	it('names the bad item and what is wrong with it', () => {
		expect(problems({ ...base, authors: ['Ada', '', 42, { affil: 'X' }, { name: 'Bo', affilation: 'Y' }] })).toEqual([
			'authors.1: must not be empty',
			'authors.2: must be a name, or a mapping with "name" and an optional "affiliation" (got number 42)',
			'authors.3.name: required',
			'authors.3.affil: unknown field (allowed: name, affiliation)',
			'authors.4.affilation: unknown field (allowed: name, affiliation); did you mean "affiliation"?',
		]);
	});
});

describe('links', () => {
	it('accepts every kind as an http(s) URL', () => {
		const links = {
			arxiv: 'https://arxiv.org/abs/2310.13289v2',
			pdf: 'http://example.org/a.pdf',
			publication: 'https://openreview.net/forum?id=14rn7HpKVk',
			code: 'https://github.com/bytedance/SALMONN',
			demo: 'https://example.org/demo',
			dataset: 'https://huggingface.co/datasets/x',
			project: 'https://example.org/',
		};
		expect(parse({ ...base, links }).links).toEqual(links);
	});
	it('is required and needs at least one entry', () => {
		const { links: _, ...rest } = base;
		expect(problems(rest)).toEqual(['links: required']);
		expect(problems({ ...base, links: {} })).toEqual(['links: must have at least one link (arxiv, pdf, publication, code, demo, dataset, project)']);
		expect(problems({ ...base, links: 'https://example.org' })).toEqual([
			'links: must be a mapping of link kinds (arxiv, pdf, publication, code, demo, dataset, project) to URLs (got "https://example.org")',
		]);
	});
	it('names an unknown kind, with a hint when it is a near miss', () => {
		expect(problems({ ...base, links: { ...base.links, githbu: 'https://github.com/x/y' } })).toEqual([
			'links.githbu: unknown link kind "githbu" (allowed: arxiv, pdf, publication, code, demo, dataset, project); did you mean "code"?',
		]);
		expect(problems({ ...base, links: { ...base.links, slidez: 'https://example.org' } })).toEqual([
			'links.slidez: unknown link kind "slidez" (allowed: arxiv, pdf, publication, code, demo, dataset, project); did you mean "project"?',
		]);
		expect(problems({ ...base, links: { ...base.links, twitter: 'https://example.org' } })).toEqual([
			'links.twitter: unknown link kind "twitter" (allowed: arxiv, pdf, publication, code, demo, dataset, project)',
		]);
	});
	it.each([
		['javascript:', 'javascript:alert(1)'],
		['ftp:', 'ftp://example.org/paper.pdf'],
		['bare text', 'see the paper'],
		['a host without scheme', 'github.com/x/y'],
	])('rejects %s', (_, url) => {
		expect(problems({ ...base, links: { code: url } })).toEqual([`links.code: must be an http(s) URL, e.g. "https://…" (got ${JSON.stringify(url)})`]);
	});
	it('wants arxiv to point at an arxiv.org paper', () => {
		const message = 'links.arxiv: must be an arxiv.org link to a paper, e.g. "https://arxiv.org/abs/2306.12925"';
		expect(problems({ ...base, links: { arxiv: 'https://example.org/abs/2310.13289' } })).toEqual([message]);
		expect(problems({ ...base, links: { arxiv: 'https://arxiv.org/list/cs.CL/recent' } })).toEqual([message]);
		expect(problems({ ...base, links: { arxiv: 'https://arxiv.org.evil.example/abs/2310.13289' } })).toEqual([message]);
	});
	it('reads the id of new- and old-style arXiv URLs', () => {
		expect(arxivIdFromUrl('https://arxiv.org/abs/2310.13289')).toBe('2310.13289');
		expect(arxivIdFromUrl('https://arxiv.org/pdf/2310.13289v3.pdf')).toBe('2310.13289');
		expect(arxivIdFromUrl('https://www.arxiv.org/html/2310.13289v1/')).toBe('2310.13289');
		expect(arxivIdFromUrl('https://arxiv.org/abs/hep-th/9901001')).toBe('hep-th/9901001');
		expect(arxivIdFromUrl('https://example.org/abs/2310.13289')).toBeUndefined();
	});
});

describe('date', () => {
	it.each(['2024-02-29', '2024-02', '2023-12-31', '1999-01'])('accepts %s', (date) => {
		expect(parse({ ...base, date }).date).toBe(date);
	});
	it.each([
		['2024-02-30', 'is not a real calendar date'],
		['2023-02-29', 'is not a real calendar date'],
		['2024-13', 'is not a real calendar date'],
		['2024-00-10', 'is not a real calendar date'],
		['2024/02/01', 'is not written YYYY-MM-DD or YYYY-MM'],
		['Feb 2024', 'is not written YYYY-MM-DD or YYYY-MM'],
		['2024-2-1', 'is not written YYYY-MM-DD or YYYY-MM'],
	])('rejects %s', (date, why) => {
		expect(problems({ ...base, date })).toEqual([`date: "${date}" ${why}`]);
	});
	it('accepts the Date object YAML makes of an unquoted day', () => {
		expect(parse({ ...base, date: new Date('2024-05-01T00:00:00Z') }).date).toBe('2024-05-01');
	});
	it('rejects a number', () => {
		expect(problems({ ...base, date: 2024 })).toEqual(['date: must be a date written YYYY-MM-DD or YYYY-MM (got number 2024)']);
	});
	it('comes from the arXiv id when absent', () => {
		const note = parse({ ...base, links: { arxiv: 'https://arxiv.org/abs/2310.13289' } });
		expect(note).toMatchObject({ date: '2023-10', arxivId: '2310.13289' });
		expect(parse({ ...base, links: { arxiv: 'https://arxiv.org/abs/hep-th/9901001' } }).date).toBe('1999-01');
	});
	it('as written wins over the arXiv id', () => {
		expect(parse({ ...base, date: '2024-05-07', links: { arxiv: 'https://arxiv.org/abs/2310.13289' } }).date).toBe('2024-05-07');
	});
	it('stays absent without date or arXiv link', () => {
		expect(parse(base).date).toBeUndefined();
	});
	it('checks the calendar', () => {
		expect([isCalendarDate('2000-02-29'), isCalendarDate('1900-02-29'), isCalendarDate('2024-04-31')]).toEqual([true, false, false]);
		expect([dateFromArxivId('0704.0001'), dateFromArxivId('math/0501001'), dateFromArxivId('nonsense')]).toEqual(['2007-04', '2005-01', undefined]);
	});
});

describe('venue, short, tags', () => {
	it('are optional; tags default to none', () => {
		const note = parse(base);
		expect([note.venue, note.short, note.tags]).toEqual([undefined, undefined, []]);
		expect(parse({ ...base, venue: 'ICLR 2024', short: 'SALMONN', tags: ['speech-llm', 'audio', 'x2'] })).toMatchObject({
			venue: 'ICLR 2024',
			short: 'SALMONN',
			tags: ['speech-llm', 'audio', 'x2'],
		});
	});
	it('reject empty text', () => {
		expect(problems({ ...base, venue: '', short: ' ' })).toEqual(['short: must not be empty', 'venue: must not be empty']);
	});
	it.each(['Speech-LLM', 'speech_llm', 'speech llm', '-audio', 'audio-', 'a--b'])('tag %j is not kebab-case', (tag) => {
		expect(problems({ ...base, tags: [tag] })).toEqual([`tags.0: "${tag}" is not kebab-case (lowercase words joined by "-", e.g. "speech-llm")`]);
	});
	it('tags must be a list', () => {
		expect(problems({ ...base, tags: 'audio' })).toEqual(['tags: must be a list of tags (got "audio")']);
	});
});

describe('unknown top-level fields', () => {
	const allowed = '(allowed: title, short, authors, links, date, venue, tags)';
	it('are named, with the likely meant one', () => {
		expect(problems({ ...base, titel: 'x' })).toEqual([`titel: unknown field ${allowed}; did you mean "title"?`]);
		expect(problems({ ...base, author: 'x' })).toEqual([`author: unknown field ${allowed}; did you mean "authors"?`]);
		expect(problems({ ...base, year: 2024 })).toEqual([`year: unknown field ${allowed}; did you mean "date"?`]);
		expect(problems({ ...base, abstract: 'x' })).toEqual([`abstract: unknown field ${allowed}`]);
	});
	it('a link kind written at the top level is pointed under links', () => {
		expect(problems({ ...base, arxiv: 'https://arxiv.org/abs/2310.13289' })).toEqual(['arxiv: unknown field; links go under "links:", did you mean "links.arxiv"?']);
	});
	it('lists every problem at once', () => {
		expect(problems({ titel: 'x', links: { githbu: 'x' } })).toEqual([
			'title: required',
			'authors: required',
			'links.githbu: unknown link kind "githbu" (allowed: arxiv, pdf, publication, code, demo, dataset, project); did you mean "code"?',
			'links: must have at least one link (arxiv, pdf, publication, code, demo, dataset, project)',
			'titel: unknown field (allowed: title, short, authors, links, date, venue, tags); did you mean "title"?',
		]);
	});
	it('a frontmatter that is not a mapping', () => {
		expect(problems(['a', 'b'])).toEqual([`frontmatter: must be a mapping of fields (${noteFields.join(', ')}) (got a list)`]);
	});
});

describe('formatIssues', () => {
	it('gives the path along with the dotted field', () => {
		const result = noteSchema.safeParse({ ...base, authors: [{ name: '' }] });
		expect(result.success).toBe(false);
		expect(formatIssues(result.error!, {})).toEqual([{ path: ['authors', 0, 'name'], field: 'authors.0.name', message: 'must not be empty' }]);
	});
	it('uses the input zod reports when none is given', () => {
		const result = noteSchema.safeParse({ ...base, title: undefined, venue: 7 }, { reportInput: true });
		expect(formatIssues(result.error!).map(formatFieldMessage)).toEqual(['title: required', 'venue: must be a text (got number 7)']);
	});
	it('finds near misses by edit distance, a swap counting once', () => {
		expect([editDistance('titel', 'title'), editDistance('githbu', 'github'), editDistance('', 'abc'), editDistance('kitten', 'sitting')]).toEqual([1, 1, 3, 3]);
		expect(didYouMean('tgas', ['tags'], {})).toBe('; did you mean "tags"?');
		expect(didYouMean('zzz', ['tags'], {})).toBe('');
	});
});
