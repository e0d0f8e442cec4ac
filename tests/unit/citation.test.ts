import { describe, expect, it } from 'vitest';
import { citationTags, jsonLd, scholarlyArticle } from '../../src/lib/citation.ts';
import { venueKind } from '../../src/lib/venue.ts';
import { noteSchema } from '../../src/schema/note.ts';

const data = noteSchema.parse({
	title: 'A Paper </script> on Speech',
	short: 'Paper',
	authors: ['Ada Lovelace', { name: 'Chao Zhang', affiliation: 'Tsinghua University' }],
	links: { arxiv: 'https://arxiv.org/abs/2310.13289v2', publication: 'https://doi.org/10.1000/x.1', code: 'https://github.com/x/y' },
	venue: 'IEEE Signal Processing Letters',
	tags: ['speech-llm'],
});
const page = { url: 'https://example.org/notes/paper/', name: 'A Paper', inLanguage: 'en', site: { name: 'Paper Notes', url: 'https://example.org/' } };

describe('citation meta tags', () => {
	it('names the paper, its authors in order, date, arXiv id, PDF, DOI and venue', () => {
		expect(citationTags(data)).toEqual([
			['citation_title', 'A Paper </script> on Speech'],
			['citation_author', 'Ada Lovelace'],
			['citation_author', 'Chao Zhang'],
			['citation_publication_date', '2023/10'],
			['citation_arxiv_id', '2310.13289'],
			['citation_pdf_url', 'https://arxiv.org/pdf/2310.13289'],
			['citation_doi', '10.1000/x.1'],
			['citation_journal_title', 'IEEE Signal Processing Letters'],
		]);
	});

	it('tells journals from conferences', () => {
		expect(venueKind('ICLR 2024 Poster')).toBe('conference');
		expect(venueKind('Interspeech 2023')).toBe('conference');
		expect(venueKind('IEEE/ACM TASLP')).toBe('journal');
		expect(venueKind('Journal of the Acoustical Society of America')).toBe('journal');
		expect(venueKind('Transactions on Machine Learning Research')).toBe('journal');
	});
});

describe('JSON-LD', () => {
	it('describes the paper as a ScholarlyArticle reviewed by the note page', () => {
		const article = scholarlyArticle(data, page);
		expect(article).toMatchObject({
			'@type': 'ScholarlyArticle',
			name: data.title,
			alternateName: 'Paper',
			url: 'https://arxiv.org/abs/2310.13289v2',
			author: [{ '@type': 'Person', name: 'Ada Lovelace' }, { name: 'Chao Zhang', affiliation: { '@type': 'Organization', name: 'Tsinghua University' } }],
			datePublished: '2023-10',
			isPartOf: { '@type': 'Periodical', name: 'IEEE Signal Processing Letters' },
			identifier: [{ propertyID: 'arXiv', value: '2310.13289' }, { propertyID: 'DOI', value: '10.1000/x.1' }],
			sameAs: ['https://doi.org/10.1000/x.1', 'https://github.com/x/y'],
			review: { '@type': 'Review', url: page.url, inLanguage: 'en' },
		});
	});

	it('cannot close its script element', () => {
		const text = jsonLd(scholarlyArticle(data, page));
		expect(text).not.toContain('</script');
		expect(JSON.parse(text).name).toBe(data.title);
	});
});
