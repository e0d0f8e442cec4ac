/** rehype plugin: prints the warnings the pipeline put on a note (`file.message`) with the note's path and line, since Astro itself does not. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';

export interface ReportOptions {
	/** Where a line goes (default `console.warn`). */
	print?: (line: string) => void;
}

const printed = new WeakSet<VFileMessage>();

/**
 * How many lines of the file on disk come before the text that was rendered: Astro renders a
 * Markdown note's body (without its frontmatter, trimmed), so a message's line counts from there.
 */
function linesBeforeBody(file: VFile): number {
	if (!file.path || typeof file.value !== 'string' || file.value === '') return 0;
	try {
		const source = readFileSync(file.path, 'utf8');
		if (source === file.value) return 0;
		const frontmatter = /^(?:\uFEFF?|\s*\n)(?:---|\+\+\+)[\s\S]*?\n(?:---|\+\+\+)/.exec(source);
		let start = frontmatter ? frontmatter[0].length : 0;
		while (start < source.length && /\s/.test(source[start]!)) start++;
		if (!source.startsWith(file.value, start)) return 0;
		return source.slice(0, start).split('\n').length - 1;
	} catch {
		return 0;
	}
}

/** `notes/a.md:12:5: warning: reason (cause) [source]`, the line counted in the file on disk. */
export function formatMessage(file: VFile, message: VFileMessage, lineOffset = 0): string {
	const name = file.path ? path.relative(process.cwd(), file.path) : '<input>';
	const place = message.line ? `:${message.line + lineOffset}:${message.column ?? 1}` : '';
	const cause = message.cause instanceof Error ? ` (${message.cause.message.split('\n')[0]})` : '';
	const source = message.source ? ` [${message.source}]` : '';
	return `${name}${place}: warning: ${message.reason}${cause}${source}`;
}

export default function rehypeReport(options: ReportOptions = {}) {
	return (_tree: unknown, file: VFile) => {
		const print = options.print ?? ((line: string) => console.warn(line));
		const fresh = file.messages.filter((message) => !printed.has(message));
		if (fresh.length === 0) return;
		const offset = linesBeforeBody(file);
		for (const message of fresh) {
			printed.add(message);
			print(formatMessage(file, message, offset));
		}
	};
}
