/**
 * rehype plugin: a link to another note (`./x.md`, `../notes/x.md`, `x`, `/notes/x/`, or that paper's
 * arXiv URL) leads to that note's page here, and the notes linked are recorded as `noteLinks` for backlinks.
 */
import path from 'node:path';
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { arxivIdFromUrl } from '../schema/links.ts';
import { noteIdOfPath } from '../lib/slug.ts';
import { noteIndex, type NoteIndex } from './note-index.ts';
import { pageData } from './remark-page-data.ts';

export interface NoteLinksOptions {
	/** The notes folder (default `notes`). */
	notesDir?: string;
	/** The site's own host: `https://<siteHost>/notes/x/` is a note link too. */
	siteHost?: string;
	/** The index to link against; read from `notesDir` when absent. */
	index?: NoteIndex;
}

// The page of note `x`, in either language: `/notes/x/` or `/zh/notes/x/`.
const notePagePath = /^\/(?:zh\/)?notes\/(.+?)\/?$/;

/** The id of the note `href` leads to, from the note `fromId` in `index`; undefined when it is not a note link. */
export function linkedNoteId(href: string, fromId: string, index: NoteIndex, siteHost?: string): string | undefined {
	const target = href.trim().split('#')[0]!;
	if (target === '' || /^(?:mailto|tel|data|javascript):/i.test(target)) return undefined;
	if (/^(?:https?:)?\/\//i.test(target)) {
		let url: URL;
		try {
			url = new URL(target, 'https://relative.invalid');
		} catch {
			return undefined;
		}
		const arxivId = arxivIdFromUrl(url.href);
		if (arxivId) return index.byArxiv.get(arxivId);
		return url.host.toLowerCase() === siteHost?.toLowerCase() ? fromSitePath(decodeURI(url.pathname), index) : undefined;
	}
	const pathPart = decodeURI(target.split('?')[0]!);
	if (pathPart.startsWith('/')) return fromSitePath(pathPart, index);
	// Relative to the note's file (`./x.md`, `../notes/x.md`, `x`), then to its page (`../x/`); a path ending in `/`
	// to its page first, as the browser reads it: from `speech/c`, `../x/` is the note `speech/x` when there is one.
	const fromPage = () => fromSitePath(path.posix.join('/notes', fromId, pathPart), index);
	if (pathPart.endsWith('/')) {
		const id = fromPage();
		if (id !== undefined) return id;
	}
	const dir = index.dir.split(path.sep).join('/');
	const fromFile = path.posix.relative(dir, path.posix.resolve(dir, path.posix.dirname(fromId), pathPart));
	if (!fromFile.startsWith('..')) {
		const id = noteIdOfPath(fromFile);
		if (index.ids.has(id)) return id;
	}
	if (/\.mdx?$/.test(pathPart)) return undefined;
	return fromPage();
}

function fromSitePath(sitePath: string, index: NoteIndex): string | undefined {
	const id = notePagePath.exec(path.posix.normalize(sitePath))?.[1]?.replace(/\.mdx?$/, '');
	return id !== undefined && index.ids.has(id) ? id : undefined;
}

/** `href` from the page of note `fromId` to note `toId`, the same from `/notes/…` and `/zh/notes/…` and under any base path. */
export function relativeNoteHref(fromId: string, toId: string, fragment = ''): string {
	return `${'../'.repeat(fromId.split('/').length)}${toId}/${fragment}`;
}

export default function rehypeNoteLinks(options: NoteLinksOptions = {}) {
	const notesDir = options.notesDir ?? 'notes';
	return (tree: Root, file: VFile) => {
		const index = options.index ?? noteIndex(notesDir);
		const fromId = file.path ? noteIdOfPath(path.relative(index.dir, file.path)) : '';
		const linked = new Set<string>();
		visit(tree, 'element', (node: Element) => {
			const href = node.properties.href;
			if (node.tagName !== 'a' || typeof href !== 'string') return;
			const toId = linkedNoteId(href, fromId, index, options.siteHost);
			if (toId === undefined) return;
			// A section of the other note is kept; an arXiv page's anchors mean nothing on ours.
			const hash = href.includes('#') && !arxivIdFromUrl(href) ? href.slice(href.indexOf('#')) : '';
			node.properties.href = relativeNoteHref(fromId, toId, hash);
			node.properties.dataNote = toId;
			delete node.properties.target;
			delete node.properties.rel;
			if (toId !== fromId) linked.add(toId);
		});
		pageData(file).noteLinks = [...linked].sort();
	};
}
