/** The text of an old note (or of a piece of it, such as a comment's content), the edits the importer makes to it, and what it reports about it, by line. */

export interface ImportReport {
	/** The source file, as given on the command line. */
	file: string;
	/** 1-based line in the source file. */
	line: number;
	message: string;
}

/** `FILE:LINE: message`, one line. */
export const formatReport = ({ file, line, message }: ImportReport): string => `${file}:${line}: ${message}`;

interface Edit {
	start: number;
	end: number;
	text: string;
}

export class SourceText {
	readonly text: string;
	readonly file: string;
	/** Lines of the file before this text's first line (a piece of a note starts part way down). */
	readonly lineOffset: number;
	/** Where every report of this note goes (shared by a note and its pieces). */
	readonly reports: ImportReport[];
	private readonly lineStarts: number[] = [0];
	private readonly edits: Edit[] = [];

	constructor(text: string, file: string, options: { lineOffset?: number; reports?: ImportReport[] } = {}) {
		this.text = text;
		this.file = file;
		this.lineOffset = options.lineOffset ?? 0;
		this.reports = options.reports ?? [];
		for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
	}

	/** 1-based line of `offset` in the file. */
	lineOf(offset: number): number {
		let low = 0;
		let high = this.lineStarts.length - 1;
		while (low < high) {
			const middle = (low + high + 1) >> 1;
			if (this.lineStarts[middle]! <= offset) low = middle;
			else high = middle - 1;
		}
		return this.lineOffset + low + 1;
	}

	/** Offset where the line holding `offset` starts. */
	lineStart(offset: number): number {
		return this.lineStarts[this.lineOf(offset) - this.lineOffset - 1]!;
	}

	report(offset: number, message: string): void {
		this.reports.push({ file: this.file, line: this.lineOf(offset), message });
	}

	/** A piece of this text (`start`..`end`) as a text of its own, reporting to the same place with the right lines. */
	piece(start: number, end: number): SourceText {
		return new SourceText(this.text.slice(start, end), this.file, { lineOffset: this.lineOf(start) - 1, reports: this.reports });
	}

	/** The same lines of the file with their text changed (an admonition's body, unindented). */
	withText(text: string): SourceText {
		return new SourceText(text, this.file, { lineOffset: this.lineOffset, reports: this.reports });
	}

	/** Replaces `start`..`end` by `text` in what `slice` gives; edits must not overlap. */
	edit(start: number, end: number, text: string): void {
		if (this.edits.some((other) => start < other.end && other.start < end)) throw new Error(`overlapping edits at ${this.file}:${this.lineOf(start)}`);
		this.edits.push({ start, end, text });
	}

	/** `start`..`end` of the text, with the edits that fall inside it. */
	slice(start: number, end: number): string {
		const inside = this.edits.filter((e) => e.start >= start && e.end <= end).sort((a, b) => a.start - b.start || a.end - b.end);
		let out = '';
		let at = start;
		for (const e of inside) {
			out += this.text.slice(at, e.start) + e.text;
			at = e.end;
		}
		return out + this.text.slice(at, end);
	}
}
