/**
 * Links inside a note's text: old heading anchors to the new ids, links to other imported notes to their pages.
 * What the site cannot resolve would fail the build's link check, so it is kept as text and reported: a link to a
 * local file, a note left out or a missing anchor keeps its text without the link; a local picture becomes
 * `*[image: alt — `path`, not on the site]*`. Footnotes without a definition, or defined twice, are reported.
 * A link written as arXiv's abstract page shows it, `[this https URL](…)`, gets its address as its text.
 */
import path from 'node:path';
import type { Definition, Image, ImageReference, Link, LinkReference, Nodes, RootContent } from 'mdast';
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
	for (const { source, nodes } of blocks) {
		for (const node of nodes) {
			visit(node as Nodes, (child) => {
				if (child.type === 'definition') definitions.set(child.identifier, child);
				if (child.type !== 'footnoteDefinition') return;
				// Each language defining its own [^1]: GFM shows the first definition only.
				if (footnotes.has(child.identifier)) source.report(child.position!.start.offset!, `footnote [^${child.label ?? child.identifier}] is defined twice: only the first definition shows; give this one a label of its own`);
				footnotes.add(child.identifier);
			});
		}
	}
	// Definitions first, so that the references to a dead one lose their link too.
	const dead = new Set<string>();
	for (const { source, nodes } of blocks) {
		for (const node of nodes) {
			visit(node as Nodes, 'definition', (child) => {
				if (!relink(source, child, context)) dead.add(child.identifier);
			});
		}
	}
	for (const { source, nodes } of blocks) {
		for (const node of nodes) {
			visit(node as Nodes, (child) => {
				if (child.type === 'link') {
					if (!relink(source, child, context)) unlink(source, child);
					else nameArxivPlaceholder(source, child);
				} else if (child.type === 'linkReference' && dead.has(child.identifier)) unlink(source, child);
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

/** Points a link (or a definition) where the site has it; false when the site has nothing there, which is reported. */
function relink(source: SourceText, node: Link | Definition, context: ReferenceContext): boolean {
	const where = destination(source, node);
	if (!where) return true;
	const written = decodeUrl(source.text.slice(where.start, where.end));
	const dead = (why: string) => {
		source.report(where.start, `link to ${written}: ${why}; its text kept without the link`);
		return false;
	};
	if (written.startsWith('#')) {
		const id = context.anchors.get(written.slice(1));
		if (id === undefined) return dead('no heading of this note has that anchor');
		if (id !== written.slice(1)) source.edit(where.start, where.end, `#${id}`);
		return true;
	}
	if (!isLocal(written)) return true;
	const [file = '', anchor] = written.split('#', 2);
	const target = context.notes.get(path.resolve(path.dirname(context.file), file.replace(/\\/g, '/')));
	if (target === undefined) return dead(/\.mdx?$/i.test(file) ? 'a note that is not part of this import' : 'a local file the site does not have');
	source.edit(where.start, where.end, `../${target}/`);
	if (anchor) source.report(where.start, `link to ${written}: now to the note's page, without #${anchor} (that note's headings changed)`);
	return true;
}

/** `[text](dead)`, `[text][dead]` → `text`: the brackets and destination go, the text (and any edits in it) stays. */
function unlink(source: SourceText, node: Link | LinkReference): void {
	const start = node.position!.start.offset!;
	const labelEnd = node.children.at(-1)?.position!.end.offset! ?? start + 1;
	source.edit(start, start + 1, '');
	source.edit(labelEnd, node.position!.end.offset!, '');
}

/** `[this https URL](https://github.com/x/y)`, as arXiv's pages write a link in an abstract, becomes `[github.com/x/y](…)`. */
function nameArxivPlaceholder(source: SourceText, link: Link): void {
	const [label] = link.children;
	if (link.children.length !== 1 || label?.type !== 'text' || !/^this https? URL$/.test(label.value)) return;
	source.edit(label.position!.start.offset!, label.position!.end.offset!, link.url.replace(/^https?:\/\//, '').replace(/\/$/, ''));
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

/** Markdown punctuation in text written back into a note, escaped so that it shows as written. */
const escaped = (text: string): string => text.replace(/[\\`*_[\]<>#|~$]/g, '\\$&');

/** `path` as inline code (a fence longer than any run of backticks in it). */
function code(text: string): string {
	const fence = '`'.repeat(Math.max(0, ...[...text.matchAll(/`+/g)].map((run) => run[0].length)) + 1);
	return fence.length > 1 ? `${fence} ${text} ${fence}` : `${fence}${text}${fence}`;
}

/** A picture on the author's disk, which the site does not have: its alt text and path kept as text (an `<img>` would fail the link check), and reported. */
function localImage(source: SourceText, node: Image | ImageReference, url: string, alt: string | null | undefined, title: string | null | undefined): void {
	const written = decodeUrl(url);
	if (!isLocal(written)) return;
	const what = [alt ? escaped(alt) : '', title ? `"${escaped(title)}"` : ''].filter(Boolean).join(' ');
	source.edit(node.position!.start.offset!, node.position!.end.offset!, `*[image: ${what ? `${what} — ` : ''}${code(written)}, not on the site]*`);
	source.report(node.position!.start.offset!, `local image ${written}: not on the site; kept as text with its alt text and path (copy the file to public/ and write the image again)`);
}
