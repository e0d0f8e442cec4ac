/** Converts one note of the older format into the site's note format: frontmatter from its metadata, body in `:::en` / `:::zh` blocks, with a report of what could not be mapped. */
import path from 'node:path';
import slugify from '@sindresorhus/slugify';
import type { Heading, List, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { formatNoteFile } from '../lib/note-file.ts';
import { noteSlug } from '../lib/slug.ts';
import { arxivIdFromUrl, linkKinds } from '../schema/links.ts';
import { anchorMap, normalizedHeading } from './headings.ts';
import { itemsOf, type Item } from './items.ts';
import { cleanLatex } from './latex.ts';
import { layout } from './layout.ts';
import { emptyMetadata, isMetadataList, readFrontMatter, readMetadataList, type Metadata } from './metadata.ts';
import { blank, frontMatterBlock, normalizeNewlines, parseMarkdown } from './parse.ts';
import { footnotesLast, writeBody } from './pieces.ts';
import { cleanReferences } from './references.ts';
import { SourceText, type ImportReport } from './source.ts';

export interface ConvertOptions {
	/** The source file as reports name it (as given on the command line). */
	file: string;
	/** Its absolute path, to resolve relative links. */
	absolutePath?: string;
	/** Absolute path of every note of the import to its slug, so links between them keep working. */
	notes?: ReadonlyMap<string, string>;
}

export interface ConvertedNote {
	slug: string;
	/** The note file, as `formatNoteFile` writes it. */
	text: string;
	/** What was not mapped, repaired or left for a person, by line. */
	reports: ImportReport[];
}

export function convertOldNote(input: string, options: ConvertOptions): ConvertedNote {
	const normalized = normalizeNewlines(input);
	const frontMatter = frontMatterBlock(normalized);
	const source = new SourceText(frontMatter ? blank(normalized, 0, frontMatter.end) : normalized, options.file);
	const meta = emptyMetadata();
	if (frontMatter) readFrontMatter(source, frontMatter.yaml, frontMatter.yamlStart, meta);

	const tree = parseMarkdown(source.text);
	let name: string | undefined;
	let sawMetadata = false;
	const pieces = layout(itemsOf(source, tree), {
		metadata: (items) => {
			sawMetadata = true;
			readMetadataItems(items, meta);
		},
		isMetadataList: (item) => isMetadataList(item.source, item.node as List),
		name: (heading) => {
			name = normalizedHeading(toString(heading).trim());
		},
	});
	if (!sawMetadata && !frontMatter) source.report(0, 'no 基本信息 block: title, authors and links to be written by hand');
	nameNote(source, meta, name);

	const blocks = pieces.flatMap((piece) =>
		piece.kind === 'heading' ? [{ source: piece.source, nodes: [piece.node as RootContent] }] : piece.parts.map((part) => ({ source: part.source, nodes: part.nodes })),
	);
	cleanLatex(blocks);
	const headings = tree.children.filter((node): node is Heading => node.type === 'heading');
	const kept = pieces.flatMap((piece) => (piece.kind === 'heading' ? [piece.node] : []));
	cleanReferences(blocks, { file: options.absolutePath ?? path.resolve(options.file), anchors: anchorMap(headings, kept), notes: options.notes ?? new Map() });

	const frontmatter = frontmatterOf(meta);
	const slug = slugOf(meta, options.file);
	const reports = [...source.reports].sort((a, b) => a.line - b.line);
	return { slug, text: formatNoteFile(frontmatter, writeBody(footnotesLast(pieces))), reports };
}

function readMetadataItems(items: Item[], meta: Metadata): void {
	for (const item of items) {
		if (item.kind !== 'block') continue; // `<br>` and the like
		if (item.node.type === 'list') readMetadataList(item.source, item.node, meta);
		else item.source.report(item.start, `基本信息: text not imported: "${toString(item.node).slice(0, 80)}"`);
	}
}

/** The first `#` heading names the note: its short name, or its title when the block gives none. */
function nameNote(source: SourceText, meta: Metadata, name: string | undefined): void {
	if (!name) return;
	if (!meta.title) {
		meta.title = name;
		source.report(0, `no 标题: the title is the first heading, "${name}"`);
	} else if (!meta.short && name !== meta.title) meta.short = name;
}

function frontmatterOf(meta: Metadata): Record<string, unknown> {
	const links = Object.fromEntries(linkKinds.flatMap((kind) => (meta.links[kind] ? [[kind, meta.links[kind]]] : [])));
	return {
		title: meta.title,
		short: meta.short,
		authors: meta.authors.length > 0 ? meta.authors : undefined,
		links: Object.keys(links).length > 0 ? links : undefined,
		date: meta.date,
		venue: meta.venue,
		tags: meta.tags.length > 0 ? meta.tags : undefined,
	};
}

/** The file name by the site's slug rule; a note with no name at all is named after its source file. */
function slugOf(meta: Metadata, file: string): string {
	const arxivId = meta.links.arxiv ? arxivIdFromUrl(meta.links.arxiv) : undefined;
	try {
		return noteSlug({ short: meta.short, title: meta.title, arxivId });
	} catch {
		return slugify(path.basename(file, path.extname(file))) || 'note';
	}
}
