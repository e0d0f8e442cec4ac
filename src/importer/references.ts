/** Links inside a note's text: old heading anchors to the new ids, links to other imported notes to their pages, local images (which would break the build) to `<img>`; local files and footnotes without a definition reported. */
import path from 'node:path';
import type { Definition, Image, ImageReference, Link, Nodes, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import { decodeUrl } from './links.ts';
import type { SourceText } from './source.ts';

export interface ReferenceContext {
	/** Absolute path of the note being converted, to resolve relative links. */
	file: string;
	/** Old heading anchors of this note to the site's ids. */
	anchors: Map<string, string>;
	/** Absolute path of every note of the import to its slug. */
	notes: ReadonlyMap<string, string>;
}

type Block = { source: SourceText; nodes: RootContent[] };

export function cleanReferences(blocks: Block[], context: ReferenceContext): void {
	const definitions = new Map<string, Definition>();
	const footnotes = new Set<string>();
	for (const { nodes } of blocks) {
		for (const node of nodes) {
			visit(node as Nodes, (child) => {
				if (child.type === 'definition') definitions.set(child.identifier, child);
				if (child.type === 'footnoteDefinition') footnotes.add(child.identifier);
			});
		}
	}
	for (const { source, nodes } of blocks) {
		for (const node of nodes) {
			visit(node as Nodes, (child) => {
				if (child.type === 'link' || child.type === 'definition') relink(source, child, context);
				else if (child.type === 'image') localImage(source, child, child.url, child.alt, child.title);
				else if (child.type === 'imageReference') {
					const definition = definitions.get(child.identifier);
					if (definition) localImage(source, child, definition.url, child.alt, definition.title);
				} else if (child.type === 'text') {
					// A footnote reference with no definition anywhere in the note is plain text to Markdown.
					for (const match of child.value.matchAll(/\[\^([^\]\s]+)\]/g)) {
						if (!footnotes.has(match[1]!.toLowerCase())) source.report(child.position!.start.offset! + match.index, `footnote [^${match[1]}] has no definition: it shows as text`);
					}
				}
			});
		}
	}
}

const hasScheme = (url: string): boolean => /^[a-z][a-z0-9+.-]*:/i.test(url) && !isWindowsPath(url);
const isWindowsPath = (url: string): boolean => /^[a-z]:[\\/]/i.test(url);
const isLocal = (url: string): boolean => url !== '' && !url.startsWith('#') && !url.startsWith('/') && (!hasScheme(url) || isWindowsPath(url));

function relink(source: SourceText, node: Link | Definition, context: ReferenceContext): void {
	const where = destination(source, node);
	if (!where) return;
	const written = decodeUrl(source.text.slice(where.start, where.end));
	if (written.startsWith('#')) {
		const id = context.anchors.get(written.slice(1));
		if (id === undefined) source.report(where.start, `link to ${written}: no heading of this note has that anchor; left as written`);
		else if (id !== written.slice(1)) source.edit(where.start, where.end, `#${id}`);
		return;
	}
	if (!isLocal(written)) return;
	const [file = '', anchor] = written.split('#', 2);
	const target = context.notes.get(path.resolve(path.dirname(context.file), file.replace(/\\/g, '/')));
	if (target === undefined) {
		const what = /\.mdx?$/i.test(file) ? 'a note that is not part of this import' : 'a local file the site does not have';
		source.report(where.start, `link to ${written}: ${what}; left as written`);
		return;
	}
	source.edit(where.start, where.end, `../${target}/`);
	if (anchor) source.report(where.start, `link to ${written}: now to the note's page, without #${anchor} (that note's headings changed)`);
}

/** Where a link's destination is written: after `](` (or `]:` for a definition), up to a space or the closing parenthesis. */
function destination(source: SourceText, node: Link | Image | Definition): { start: number; end: number } | undefined {
	const text = source.text;
	const start = node.position!.start.offset!;
	const end = node.position!.end.offset!;
	let at: number;
	if (node.type === 'definition') at = text.indexOf(']:', start) + 2;
	else {
		const labelEnd = node.type === 'link' && node.children.length > 0 ? node.children.at(-1)!.position!.end.offset! : start;
		at = text.indexOf('](', labelEnd);
		if (at < 0 || at >= end) return undefined; // reference-style: its definition is relinked instead
		at += 2;
	}
	while (at < end && /[ \t\n]/.test(text[at]!)) at++;
	if (text[at] === '<') return { start: at + 1, end: text.indexOf('>', at) };
	let depth = 0;
	let k = at;
	for (; k < end; k++) {
		const char = text[k]!;
		if (/\s/.test(char)) break;
		if (char === '\\') k++;
		else if (char === '(') depth++;
		else if (char === ')' && depth-- === 0) break;
	}
	return { start: at, end: k };
}

const attribute = (value: string): string => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** A picture on the author's disk: Astro would fail the build looking for it, so it is written as HTML, and reported. */
function localImage(source: SourceText, node: Image | ImageReference, url: string, alt: string | null | undefined, title: string | null | undefined): void {
	const written = decodeUrl(url);
	if (!isLocal(written)) return;
	const attributes = [`src="${attribute(written)}"`, `alt="${attribute(alt ?? '')}"`, ...(title ? [`title="${attribute(title)}"`] : [])];
	source.edit(node.position!.start.offset!, node.position!.end.offset!, `<img ${attributes.join(' ')}>`);
	source.report(node.position!.start.offset!, `local image ${written}: not on the site; written as <img> so that the site builds (copy the file to public/ and point to it)`);
}
