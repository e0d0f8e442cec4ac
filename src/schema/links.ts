/** Links from a note to its paper: a fixed set of kinds, each an http(s) URL. */
import { z } from 'astro/zod';

/** Link kinds in the order the note header shows them. */
export const linkKinds = ['arxiv', 'pdf', 'publication', 'code', 'demo', 'dataset', 'project'] as const;
export type LinkKind = (typeof linkKinds)[number];

const httpUrl = z.httpUrl({ error: 'must be an http(s) URL, e.g. "https://…"' });

const arxivUrl = httpUrl.refine((url) => arxivIdFromUrl(url) !== undefined, {
	error: 'must be an arxiv.org link to a paper, e.g. "https://arxiv.org/abs/2306.12925"',
});

export const linksSchema = z
	.strictObject(
		{
			arxiv: arxivUrl.optional(),
			pdf: httpUrl.optional(),
			publication: httpUrl.optional(),
			code: httpUrl.optional(),
			demo: httpUrl.optional(),
			dataset: httpUrl.optional(),
			project: httpUrl.optional(),
		},
		{ error: `must be a mapping of link kinds (${linkKinds.join(', ')}) to URLs` },
	)
	.refine((links) => Object.values(links).some(Boolean), {
		error: `must have at least one link (${linkKinds.join(', ')})`,
	});

// New-style ids (2306.12925) and old-style ones (hep-th/9901001), with an optional version.
const arxivPath = /^\/(?:abs|pdf|html)\/((?:\d{4}\.\d{4,5})|(?:[a-z-]+(?:\.[A-Z]{2})?\/\d{7}))(?:v\d+)?(?:\.pdf)?\/?$/;

/** The arXiv id of an arxiv.org paper URL, without version; undefined for any other URL. */
export function arxivIdFromUrl(url: string): string | undefined {
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		return undefined;
	}
	if (!/^(?:www\.|export\.)?arxiv\.org$/.test(parsed.hostname)) return undefined;
	return arxivPath.exec(parsed.pathname)?.[1];
}

/** The arXiv id a note's frontmatter gives in `links.arxiv`, if any (the frontmatter as parsed, not yet validated). */
export function arxivIdOf(frontmatter: unknown): string | undefined {
	const arxiv = (frontmatter as { links?: { arxiv?: unknown } } | null | undefined)?.links?.arxiv;
	return typeof arxiv === 'string' ? arxivIdFromUrl(arxiv) : undefined;
}
