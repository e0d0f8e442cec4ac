/** LaTeX clean-up: `\(…\)` / `\[…\]` become `$…$` / `$$…$$`, `\label` / `\eqref` / `\ref` become equation numbers, and formulas KaTeX cannot render or LaTeX commands left in the text are reported. */
import katex, { type KatexOptions } from 'katex';
import type { Nodes, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import { katexOptions } from '../markdown/rehype-math.ts';
import type { SourceText } from './source.ts';

/** A formula: where its value is in the source, and how it is delimited. */
interface Formula {
	source: SourceText;
	start: number;
	end: number;
	valueStart: number;
	valueEnd: number;
	display: boolean;
	/** `\(…\)` or `\[…\]`: the delimiters to replace. */
	delimiters?: { open: string; close: string };
}

interface Span {
	source: SourceText;
	start: number;
	end: number;
}

const LABEL = /\\label\{([^{}]*)\}/g;
const REFERENCE = /\\(eqref|ref)\{([^{}]*)\}/g;
const TAG = /\\tag\*?\{([^{}]*)\}/;
const COMMAND = /\\[a-zA-Z]+\*?\{[^{}]*\}/g;

/** The formulas and the prose of some top-level nodes of `source`. */
function scan(source: SourceText, nodes: RootContent[]): { formulas: Formula[]; prose: Span[] } {
	const formulas: Formula[] = [];
	const prose: Span[] = [];
	for (const top of nodes) {
		visit(top as Nodes, (node) => {
			if (node.type === 'math' || node.type === 'inlineMath') {
				formulas.push(markdownFormula(source, node.position!.start.offset!, node.position!.end.offset!, node.type === 'math'));
				return 'skip';
			}
			if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
				const found = delimitedFormulas(source, node, node === top);
				visit(node, 'inlineMath', (math) => void found.push(markdownFormula(source, math.position!.start.offset!, math.position!.end.offset!, false)));
				formulas.push(...found);
				prose.push(...proseSpans(source, node, found));
				return 'skip';
			}
			return undefined;
		});
	}
	return { formulas, prose };
}

function markdownFormula(source: SourceText, start: number, end: number, flow: boolean): Formula {
	const written = source.text.slice(start, end);
	if (flow && written.includes('\n')) {
		const closing = written.lastIndexOf('\n');
		const closed = /^\s*\$\$+\s*$/.test(written.slice(closing + 1));
		return { source, start, end, valueStart: start + written.indexOf('\n') + 1, valueEnd: closed ? start + closing : end, display: true };
	}
	const fence = /^\$+/.exec(written)![0].length;
	return { source, start, end, valueStart: start + fence, valueEnd: end - fence, display: flow || fence > 1 };
}

/** Ranges of a phrasing block that Markdown does not read as text: code, math, raw HTML. */
function opaqueRanges(node: Nodes): [number, number][] {
	const ranges: [number, number][] = [];
	visit(node, (child) => {
		if (child.type === 'inlineCode' || child.type === 'inlineMath' || child.type === 'html') {
			ranges.push([child.position!.start.offset!, child.position!.end.offset!]);
			return 'skip';
		}
		return undefined;
	});
	return ranges;
}

/** `\(…\)` and `\[…\]` in a paragraph; a paragraph that is only `\[…\]` becomes a `$$` block when it is a top-level block. */
function delimitedFormulas(source: SourceText, node: Nodes, topLevel: boolean): Formula[] {
	const start = node.position!.start.offset!;
	const end = node.position!.end.offset!;
	const opaque = opaqueRanges(node);
	const text = source.text.slice(start, end);
	const formulas: Formula[] = [];
	for (const match of text.matchAll(/\\\(([\s\S]+?)\\\)|\\\[([\s\S]+?)\\\]/g)) {
		const at = start + match.index;
		const to = at + match[0].length;
		if (opaque.some(([a, b]) => at < b && a < to)) continue;
		const display = match[2] !== undefined;
		const whole = display && topLevel && node.type === 'paragraph' && text.trim() === match[0];
		// `\[1\]` may be brackets escaped in Markdown: only what looks like a formula is one.
		if (!whole && !/[\\^_={}]/.test(match[1] ?? match[2]!)) continue;
		formulas.push({
			source,
			start: at,
			end: to,
			valueStart: at + 2,
			valueEnd: to - 2,
			display,
			delimiters: whole ? blockDelimiters(match[2]!) : display ? { open: '$$', close: '$$' } : { open: '$', close: '$' },
		});
	}
	return formulas;
}

/** `$$` on lines of their own around a formula that was a paragraph of its own. */
const blockDelimiters = (value: string) => ({ open: value.startsWith('\n') ? '$$' : '$$\n', close: value.endsWith('\n') ? '$$' : '\n$$' });

/** A phrasing block's text outside code, math and raw HTML. */
function proseSpans(source: SourceText, node: Nodes, formulas: Formula[]): Span[] {
	const cuts = [...opaqueRanges(node), ...formulas.map((f): [number, number] => [f.start, f.end])].sort((a, b) => a[0] - b[0]);
	const spans: Span[] = [];
	let at = node.position!.start.offset!;
	for (const [a, b] of cuts) {
		if (a > at) spans.push({ source, start: at, end: a });
		at = Math.max(at, b);
	}
	const end = node.position!.end.offset!;
	if (end > at) spans.push({ source, start: at, end });
	return spans;
}

/** Cleans the LaTeX of a note's blocks (in the order the note shows them): edits and reports on their sources. */
export function cleanLatex(blocks: { source: SourceText; nodes: RootContent[] }[]): void {
	new LatexCleanup().run(blocks.map(({ source, nodes }) => scan(source, nodes)));
}

/** Equation labels are numbered across the whole note: both languages share them. */
class LatexCleanup {
	private readonly numbers = new Map<string, string>();
	private count = 0;

	/** Numbers the labels first, so that a reference before its formula finds it; then records every edit and report. */
	run(scanned: { formulas: Formula[]; prose: Span[] }[]): void {
		for (const { formulas } of scanned) for (const formula of formulas) this.number(formula);
		for (const { formulas, prose } of scanned) {
			for (const formula of formulas) this.rewriteFormula(formula);
			for (const span of prose) this.rewriteProse(span);
		}
	}

	private value(f: Formula): string {
		return f.source.text.slice(f.valueStart, f.valueEnd);
	}

	private number(f: Formula): void {
		if (!f.display) return;
		const [first] = this.value(f).matchAll(LABEL);
		if (!first || this.numbers.has(first[1]!)) return;
		this.numbers.set(first[1]!, TAG.exec(this.value(f))?.[1] ?? String(++this.count));
	}

	private rewriteFormula(f: Formula): void {
		const value = this.value(f);
		if (f.delimiters) {
			f.source.edit(f.start, f.valueStart, f.delimiters.open);
			f.source.edit(f.valueEnd, f.end, f.delimiters.close);
		}
		let final = value;
		// The first label of a displayed formula becomes its number; a label alone on its line goes with the line.
		[...value.matchAll(LABEL)].forEach((label, index) => {
			const number = this.numbers.get(label[1]!);
			const numbered = index === 0 && f.display && number !== undefined && !TAG.test(value);
			const replacement = numbered ? `\\tag{${number}}` : '';
			let [from, to] = [label.index, label.index + label[0].length];
			if (!replacement && /(?:^|\n)[ \t]*$/.test(value.slice(0, from)) && /^[ \t]*\n/.test(value.slice(to))) {
				from = value.lastIndexOf('\n', from - 1) + 1;
				to = value.indexOf('\n', to) + 1;
			}
			f.source.edit(f.valueStart + from, f.valueStart + to, replacement);
			final = final.replace(value.slice(from, to), replacement);
			// A `\tag` of the formula's own numbers it already.
			if (!f.display || index > 0) f.source.report(f.valueStart + label.index, `${label[0]} removed: ${f.display ? 'only the first label of a formula is numbered' : 'an inline formula has no number'}`);
		});
		for (const reference of value.matchAll(REFERENCE)) {
			const number = this.numbers.get(reference[2]!);
			if (number === undefined) continue; // left to KaTeX, which reports it below
			const at = f.valueStart + reference.index;
			const text = reference[1] === 'eqref' ? `(${number})` : number;
			f.source.edit(at, at + reference[0].length, text);
			final = final.replace(reference[0], text);
		}
		try {
			katex.renderToString(final, { ...(katexOptions as KatexOptions), displayMode: f.display, throwOnError: true });
		} catch (error) {
			const reason = (error as Error).message.replace(/^KaTeX parse error: /, '').split(/ at position \d+/)[0];
			f.source.report(f.start, `formula KaTeX cannot render (${reason}): kept as written, to fix by hand`);
		}
	}

	private rewriteProse({ source, start, end }: Span): void {
		const text = source.text.slice(start, end);
		for (const reference of text.matchAll(REFERENCE)) {
			const at = start + reference.index;
			const number = this.numbers.get(reference[2]!);
			if (number === undefined) source.report(at, `${reference[0]}: no formula of this note has that \\label; left as text`);
			else source.edit(at, at + reference[0].length, reference[1] === 'eqref' ? `(${number})` : number);
		}
		for (const command of text.matchAll(COMMAND)) {
			if (/^\\(?:eq)?ref\{/.test(command[0])) continue;
			source.report(start + command.index, `LaTeX command outside a formula left as text: ${command[0]}`);
		}
	}
}
