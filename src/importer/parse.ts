/** Parses old-format Markdown into mdast with source offsets (CommonMark, GFM, math), the way the site's own pipeline reads it. */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkMath);

export function parseMarkdown(text: string): Root {
	return processor.parse(text);
}

/** LF line endings, no byte-order mark: every offset and line the importer gives is in this text. */
export const normalizeNewlines = (text: string): string => text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');

/** A YAML front matter block at the very start (`---` … `---`): its YAML, and where the block ends. */
export function frontMatterBlock(text: string): { yaml: string; yamlStart: number; end: number } | undefined {
	const match = /^---[ \t]*\n([\s\S]*?\n)?---[ \t]*(?:\n|$)/.exec(text);
	if (!match) return undefined;
	return { yaml: match[1] ?? '', yamlStart: match[0].indexOf('\n') + 1, end: match[0].length };
}

/** `text` with `start`..`end` blanked (newlines kept), so that what follows keeps its offsets and lines. */
export const blank = (text: string, start: number, end: number): string =>
	text.slice(0, start) + text.slice(start, end).replace(/[^\n]/g, ' ') + text.slice(end);
