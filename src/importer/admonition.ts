/** MkDocs admonitions (`!!! Note "Title"` then a body indented by four spaces): the marker, and the body as a text of its own, unindented. */
import type { Paragraph } from 'mdast';
import type { SourceText } from './source.ts';

const MARKER = /^(?:!!!|\?\?\?\+?)[ \t]*([A-Za-z][\w-]*)(?:[ \t]+"([^"]*)")?[ \t]*$/;

/** The type and title of an admonition whose marker opens `paragraph`, if it does. */
export function admonitionMarker(source: SourceText, paragraph: Paragraph): { type: string; title?: string } | undefined {
	const start = paragraph.position!.start.offset!;
	const lineEnd = source.text.indexOf('\n', start);
	const match = MARKER.exec(source.text.slice(start, lineEnd < 0 ? source.text.length : lineEnd));
	return match ? { type: match[1]!, title: match[2] } : undefined;
}

/**
 * The body of the admonition whose marker is at `start`: the lines after it that are blank or
 * indented (four spaces or a tab), as MkDocs reads them. `end` is where the body ends in `source`;
 * `body` is it unindented, with the same lines.
 */
export function admonitionBody(source: SourceText, start: number): { end: number; body: SourceText } {
	const firstLine = source.text.indexOf('\n', start) + 1;
	if (firstLine === 0) return { end: source.text.length, body: source.piece(source.text.length, source.text.length) };
	const lines = source.text.slice(firstLine).split('\n');
	let count = 0;
	let kept = 0;
	for (const line of lines) {
		if (line.trim() !== '' && !/^(?: {4}|\t)/.test(line)) break;
		count++;
		if (line.trim() !== '') kept = count;
	}
	const bodyLines = lines.slice(0, kept);
	const end = firstLine + bodyLines.join('\n').length;
	const text = bodyLines.map((line) => line.replace(/^(?: {4}|\t)/, '')).join('\n');
	return { end, body: source.piece(firstLine, end).withText(text) };
}
