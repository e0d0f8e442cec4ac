/** What a converted note body is made of (headings, and blocks in English, in Chinese or shared) and how it is written out: source slices, `:::en` / `:::zh` containers. */
import type { Heading, RootContent } from 'mdast';
import { headingLine } from './headings.ts';
import type { BlockItem } from './items.ts';
import type { Lang } from './language.ts';
import type { SourceText } from './source.ts';

/** A slice of the source, written out as it is (with the importer's edits). */
export interface Part {
	source: SourceText;
	start: number;
	end: number;
	/** The Markdown nodes in the slice (for the clean-ups), none for a raw tag. */
	nodes: RootContent[];
	/** A `> ` quote whose markers go: the quote only held the English original. */
	unquote?: boolean;
}

export type Piece =
	| { kind: 'heading'; source: SourceText; node: Heading }
	/** Content in one language (`:::en` / `:::zh`), or shared by both when `lang` is undefined. */
	| { kind: 'text'; lang: Lang | undefined; parts: Part[] };

export const blockPart = (item: BlockItem): Part => ({ source: item.source, start: item.start, end: item.end, nodes: [item.node] });

/** A blockquote's content without its markers. */
export const unquotedPart = (item: BlockItem): Part => ({ ...blockPart(item), unquote: true });

/**
 * Footnote definitions taken out of the language blocks into shared text at the end, where GFM lists them:
 * a definition inside one language's block would leave the other language's references pointing nowhere.
 */
export function footnotesLast(pieces: Piece[]): Piece[] {
	const isFootnote = (part: Part) => part.nodes.length > 0 && part.nodes.every((node) => node.type === 'footnoteDefinition');
	const footnotes = pieces.flatMap((piece) => (piece.kind === 'text' ? piece.parts.filter(isFootnote) : []));
	if (footnotes.length === 0) return pieces;
	const rest = pieces.flatMap((piece): Piece[] => {
		if (piece.kind === 'heading') return [piece];
		const parts = piece.parts.filter((part) => !isFootnote(part));
		return parts.length > 0 ? [{ ...piece, parts }] : [];
	});
	return [...rest, { kind: 'text', lang: undefined, parts: footnotes }];
}

/** The note body: pieces one blank line apart. */
export function writeBody(pieces: Piece[]): string {
	return pieces
		.map((piece) => {
			if (piece.kind === 'heading') return headingLine(piece.source, piece.node);
			const content = writeParts(piece.parts);
			return piece.lang ? `:::${piece.lang}\n${content}\n:::` : content;
		})
		.filter((text) => text.trim() !== '')
		.join('\n\n');
}

/** Parts next to each other in the source are sliced as one (the author's spacing kept); others are a blank line apart. */
export function writeParts(parts: Part[]): string {
	const chunks: string[] = [];
	let run: Part | undefined;
	const flush = () => {
		if (run) chunks.push(writeSlice(run));
	};
	for (const part of parts) {
		const adjoins = run && run.source === part.source && run.unquote === part.unquote && part.start >= run.end && part.source.text.slice(run.end, part.start).trim() === '';
		if (run && adjoins) run = { ...run, end: part.end, nodes: [...run.nodes, ...part.nodes] };
		else {
			flush();
			run = part;
		}
	}
	flush();
	return chunks.filter((chunk) => chunk !== '').join('\n\n');
}

function writeSlice({ source, start, end, unquote }: Part): string {
	// From the start of the line when only indentation comes before, so that the lines keep their relative indentation.
	const lineStart = source.lineStart(start);
	const from = source.text.slice(lineStart, start).trim() === '' ? lineStart : start;
	let text = source.slice(from, end);
	if (unquote) text = text.replace(/^ {0,3}> ?/gm, '');
	return dedent(text).trim();
}

/** Removes the indentation every non-blank line has. */
function dedent(text: string): string {
	const indents = text.split('\n').filter((line) => line.trim() !== '').map((line) => /^[ \t]*/.exec(line)![0].length);
	const common = Math.min(...indents);
	return common > 0 && Number.isFinite(common) ? text.replace(new RegExp(`^[ \\t]{0,${common}}`, 'gm'), '') : text;
}
