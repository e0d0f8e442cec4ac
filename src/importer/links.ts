/** The `链接` and `文件` entries of an old note: labelled links to link kinds, venue text after a link, empty links and local files. */
import type { Nodes, Paragraph, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { arxivIdFromUrl, type LinkKind } from '../schema/links.ts';
import { cleanVenue, isPlaceholder } from './fields.ts';
import type { SourceText } from './source.ts';

/** One `[Label](url) trailing text` of an entry. */
export interface LabelledLink {
	label: string;
	/** As written (empty for `[Github]()` and a bare `[Demo]`). */
	url: string;
	/** Text after the link, such as a venue; `#TODO` markers removed. */
	after: string;
	offset: number;
}

const KINDS: [RegExp, LinkKind][] = [
	[/^arxiv$/i, 'arxiv'],
	[/^(?:publication|paper|proceedings?|doi|openreview|acl ?anthology|ieee ?xplore|journal|conference)$/i, 'publication'],
	[/^(?:github|gitlab|code|repo(?:sitory)?|source)$/i, 'code'],
	[/^(?:demo|samples?|audio samples?|video)$/i, 'demo'],
	[/^(?:datasets?|data|benchmark)$/i, 'dataset'],
	[/^(?:project|project page|home ?page|website|page|blog)$/i, 'project'],
	[/^pdf$/i, 'pdf'],
];

/** The link kind a label names (`Github` → `code`), if the note format has one. */
export const linkKind = (label: string): LinkKind | undefined => KINDS.find(([pattern]) => pattern.test(label.trim()))?.[1];

/** Every labelled link of the paragraphs of an entry (the text after `链接:`, then one paragraph an item). */
export function labelledLinks(paragraphs: { node: Paragraph | Nodes; from: number }[]): LabelledLink[] {
	const links: LabelledLink[] = [];
	for (const { node, from } of paragraphs) {
		const children = 'children' in node ? (node.children as Nodes[]) : [];
		for (const child of children) {
			const start = child.position!.start.offset!;
			if (child.position!.end.offset! <= from) continue;
			if (child.type === 'link') {
				links.push({ label: toString(child).trim(), url: child.url, after: '', offset: start });
			} else {
				// A bare `[Demo]` (no URL, no definition) is text to Markdown; so is what follows a link.
				const text = child.type === 'text' ? child.value.slice(Math.max(0, from - start)) : toString(child);
				for (const part of text.split(/(\[[^\]]*\])/)) {
					const bare = /^\[([^\]]*)\]$/.exec(part);
					if (bare) links.push({ label: bare[1]!.trim(), url: '', after: '', offset: start });
					else if (links.length > 0) links.at(-1)!.after += part;
				}
			}
		}
	}
	for (const link of links) link.after = link.after.replace(/#?\bTODO\b:?/gi, ' ').replace(/\s+/g, ' ').trim();
	return links;
}

/** An http(s) URL, or undefined for local paths (`../PDF/x.pdf`, `D:\Papers\x.pdf`) and anything else. */
export function webUrl(url: string): string | undefined {
	try {
		const parsed = new URL(url);
		return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? url : undefined;
	} catch {
		return undefined;
	}
}

/** A bare DOI (`10.1609/aaai.v38i21.30570`) as a link. */
const doiUrl = (text: string): string | undefined => (/^10\.\d{4,9}\/\S+$/.test(text.trim()) ? `https://doi.org/${text.trim()}` : undefined);

/** Links from `链接`: the frontmatter's `links`, and a venue from text written after a link. */
export function readLinks(source: SourceText, found: LabelledLink[]): { links: Partial<Record<LinkKind, string>>; venue?: { value: string; offset: number } } {
	const links: Partial<Record<LinkKind, string>> = {};
	let venue: { value: string; offset: number } | undefined;
	for (const { label, url, after, offset } of found) {
		const kind = linkKind(label);
		if (after && !isPlaceholder(after)) {
			// `[Publication](…) ICLR 2024`: where the paper appeared.
			if (kind !== 'publication') source.report(offset, `链接: text "${after}" after [${label}] not imported (only text after [Publication] is read as the venue)`);
			else if (!venue) venue = { value: cleanVenue(after), offset };
			else source.report(offset, `链接: text "${after}" after [${label}] not imported (the venue is already "${venue.value}")`);
		}
		const written = decodeUrl(url).trim();
		if (!written) continue; // `[Github]()`, `[Demo]`: nothing to link to yet
		const web = webUrl(written) ?? (kind === 'publication' ? doiUrl(written) : undefined);
		if (!web) {
			source.report(offset, `链接: [${label}] "${written}" not imported: not a web link (local files stay out of notes)`);
		} else if (!kind) {
			source.report(offset, `链接: [${label}](${web}) not imported: no link kind for "${label}" (arxiv, pdf, publication, code, demo, dataset, project)`);
		} else if (kind === 'arxiv' && arxivIdFromUrl(web) === undefined) {
			source.report(offset, `链接: [${label}](${web}) not imported: not an arxiv.org paper link`);
		} else if (links[kind] && links[kind] !== web) {
			source.report(offset, `链接: [${label}](${web}) not imported: links.${kind} is already ${links[kind]}`);
		} else {
			links[kind] = web;
		}
	}
	return { links, venue };
}

/** `文件`: local copies of the paper, which the site does not serve; each is reported, none becomes a link. */
export function reportFiles(source: SourceText, found: LabelledLink[]): void {
	for (const { label, url, offset } of found) {
		const written = decodeUrl(url).trim();
		if (written) source.report(offset, `文件: [${label}] "${written}" not imported: local files stay out of notes`);
	}
}

/** Any link under an entry's blocks (nested lists), as paragraphs to read. */
export function entryParagraphs(blocks: RootContent[]): { node: Paragraph; from: number }[] {
	const paragraphs: { node: Paragraph; from: number }[] = [];
	for (const block of blocks) visit(block, 'paragraph', (node) => void paragraphs.push({ node, from: 0 }));
	return paragraphs;
}

/** A URL as a person wrote it (`%20` as a space), or as it is when it does not decode. */
export function decodeUrl(url: string): string {
	try {
		return decodeURI(url);
	} catch {
		return url;
	}
}
