/** What citation tools and search engines read about a note's paper: Highwire `citation_*` meta tags (Google Scholar, Zotero) and schema.org JSON-LD. */
import type { NoteData } from '../schema/note.ts';
import { doiOf } from './bibtex.ts';
import { venueKind } from './venue.ts';

/** The paper's PDF: the note's own PDF link, else arXiv's. */
export function pdfUrl(data: NoteData): string | undefined {
	return data.links.pdf ?? (data.arxivId ? `https://arxiv.org/pdf/${data.arxivId}` : undefined);
}

/** `[name, content]` of each `citation_*` meta tag, authors in order. */
export function citationTags(data: NoteData): [string, string][] {
	const tags: [string, string | undefined][] = [
		['citation_title', data.title],
		...data.authors.map(({ name }): [string, string] => ['citation_author', name]),
		// Google Scholar reads dates as YYYY/MM/DD, or fewer parts.
		['citation_publication_date', data.date?.replaceAll('-', '/')],
		['citation_arxiv_id', data.arxivId],
		['citation_pdf_url', pdfUrl(data)],
		['citation_doi', doiOf(data.links.publication)],
		[data.venue && venueKind(data.venue) === 'journal' ? 'citation_journal_title' : 'citation_conference_title', data.venue],
	];
	return tags.filter((tag): tag is [string, string] => Boolean(tag[1]));
}

export interface ReviewPage {
	/** Absolute URL of the note page. */
	url: string;
	/** The page's title. */
	name: string;
	/** BCP 47 language of the page. */
	inLanguage: string;
	site: { name: string; url: string };
}

/** The paper as a schema.org ScholarlyArticle, with the note page as a Review of it. */
export function scholarlyArticle(data: NoteData, page: ReviewPage): Record<string, unknown> {
	const { title, short, authors, date, venue, links, arxivId, tags } = data;
	const url = links.arxiv ?? links.publication ?? Object.values(links).find(Boolean);
	const doi = doiOf(links.publication);
	return {
		'@context': 'https://schema.org',
		'@type': 'ScholarlyArticle',
		'@id': url,
		headline: title,
		name: title,
		...(short && { alternateName: short }),
		author: authors.map(({ name, affiliation }) => ({
			'@type': 'Person',
			name,
			...(affiliation && { affiliation: { '@type': 'Organization', name: affiliation } }),
		})),
		...(date && { datePublished: date }),
		...(venue && { isPartOf: { '@type': venueKind(venue) === 'journal' ? 'Periodical' : 'CreativeWork', name: venue } }),
		url,
		sameAs: Object.values(links).filter((link) => link && link !== url),
		identifier: [
			...(arxivId ? [{ '@type': 'PropertyValue', propertyID: 'arXiv', value: arxivId }] : []),
			...(doi ? [{ '@type': 'PropertyValue', propertyID: 'DOI', value: doi }] : []),
		],
		...(tags.length > 0 && { keywords: tags }),
		review: {
			'@type': 'Review',
			'@id': page.url,
			url: page.url,
			name: page.name,
			inLanguage: page.inLanguage,
			isPartOf: { '@type': 'WebSite', name: page.site.name, url: page.site.url },
		},
	};
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so no text can close the element. */
export const jsonLd = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');
