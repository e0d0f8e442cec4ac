/** arXiv ids as people type them, and a paper's metadata from the arXiv API (export.arxiv.org, Atom). */
import { XMLParser } from 'fast-xml-parser';
import { arxivIdFromUrl } from '../schema/links.ts';

export interface ArxivPaper {
	/** Without version, e.g. `2310.13289`. */
	id: string;
	title: string;
	authors: { name: string; affiliation?: string }[];
	/** Day the first version appeared, `YYYY-MM-DD`. */
	published?: string;
	/** Paragraphs of the abstract, as arXiv has them (plain text, TeX math kept). */
	abstract: string[];
	doi?: string;
}

export type ArxivLookup =
	| { found: true; paper: ArxivPaper }
	/** `unreachable`: no answer (offline, timeout, server error); `unknown`: arXiv answered that there is no such paper. */
	| { found: false; reason: 'unreachable' | 'unknown'; message: string };

export const defaultArxivApi = 'https://export.arxiv.org/api/query';

/** The id, without version, of `2310.13289`, `2310.13289v2`, `arXiv:2310.13289`, `hep-th/9901001` or an arxiv.org abs/pdf/html URL. */
export function parseArxivId(text: string): string | undefined {
	const trimmed = text.trim();
	if (/^https?:\/\//i.test(trimmed)) return arxivIdFromUrl(trimmed);
	// A bare id is checked by the same rule as links: as if it were the path of an abs page.
	return arxivIdFromUrl(`https://arxiv.org/abs/${trimmed.replace(/^arxiv:/i, '')}`);
}

/** The canonical link to a paper's abstract page, without version: the form notes use. */
export const arxivAbsUrl = (id: string): string => `https://arxiv.org/abs/${id}`;

const parser = new XMLParser({
	ignoreAttributes: false,
	attributeNamePrefix: '',
	removeNSPrefix: true,
	// A title like "1984" stays text.
	parseTagValue: false,
	isArray: (name) => ['entry', 'author', 'affiliation', 'link'].includes(name),
});

interface AtomEntry {
	id?: string;
	title?: string;
	summary?: string;
	published?: string;
	author?: { name?: string; affiliation?: string[] }[];
	doi?: string;
}

/** The paper `id` in an API answer (an Atom feed); `undefined` when the feed has no entry for it. */
export function parseArxivFeed(xml: string, id: string): ArxivPaper | undefined {
	const feed = (parser.parse(xml) as { feed?: { entry?: AtomEntry[] } }).feed;
	if (!feed) throw new Error('not an Atom feed');
	// An unknown or malformed id comes back as an entry whose id is an error address, not the paper's.
	const entry = feed.entry?.find((candidate) => candidate.id !== undefined && arxivIdFromUrl(String(candidate.id)) === id);
	if (!entry) return undefined;
	const title = oneLine(entry.title);
	if (!title) return undefined;
	return {
		id,
		title,
		authors: (entry.author ?? []).flatMap(({ name, affiliation }) => {
			const author = oneLine(name);
			if (!author) return [];
			const where = (affiliation ?? []).map(oneLine).filter(Boolean).join('; ');
			return [where ? { name: author, affiliation: where } : { name: author }];
		}),
		published: /^\d{4}-\d{2}-\d{2}/.exec(String(entry.published ?? ''))?.[0],
		abstract: paragraphs(entry.summary),
		doi: oneLine(entry.doi) || undefined,
	};
}

/** Asks the arXiv API about `id`; never throws: a failure is an answer the caller can report. */
export async function lookUpArxiv(
	id: string,
	{ fetch = globalThis.fetch, api = defaultArxivApi, timeoutMs = 5000 }: { fetch?: typeof globalThis.fetch; api?: string; timeoutMs?: number } = {},
): Promise<ArxivLookup> {
	const url = `${api}?id_list=${encodeURIComponent(id)}&max_results=1`;
	let xml: string;
	try {
		const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
		if (!response.ok) return { found: false, reason: 'unreachable', message: `the arXiv API answered ${response.status} ${response.statusText}`.trim() };
		xml = await response.text();
	} catch (error) {
		// fetch says "fetch failed"; the reason (ENOTFOUND offline, ECONNREFUSED…) is in its cause.
		const e = error as Error & { cause?: { code?: string; message?: string } };
		const why = e.name === 'TimeoutError' ? `no answer within ${timeoutMs / 1000} s` : (e.cause?.code ?? e.cause?.message ?? e.message);
		return { found: false, reason: 'unreachable', message: `could not reach the arXiv API (${why})` };
	}
	try {
		const paper = parseArxivFeed(xml, id);
		return paper ? { found: true, paper } : { found: false, reason: 'unknown', message: `arXiv has no paper ${id}` };
	} catch (error) {
		return { found: false, reason: 'unreachable', message: `the arXiv API's answer could not be read (${(error as Error).message})` };
	}
}

/** Atom text as one line: arXiv wraps long titles and names. */
function oneLine(text: unknown): string {
	return typeof text === 'string' ? text.replace(/\s+/g, ' ').trim() : '';
}

/** arXiv abstracts are wrapped lines; an indented line or a blank line starts a new paragraph. */
function paragraphs(text: unknown): string[] {
	if (typeof text !== 'string') return [];
	return text
		.trim()
		.split(/\n(?:[ \t]*\n)*(?=[ \t])|\n[ \t]*\n/)
		.map(oneLine)
		.filter(Boolean);
}
