/** Reads a snippet of raw HTML with parse5's tokenizer: its tags and comments with their offsets, or its text alone. */
import { Tokenizer, type Token, type TokenHandler } from 'parse5';

export type HtmlToken =
	| { type: 'start'; name: string; attrs: Record<string, string>; start: number; end: number }
	| { type: 'end'; name: string; start: number; end: number }
	| { type: 'comment'; start: number; end: number; bodyStart: number; bodyEnd: number }
	/** Text and the tags of no interest, as written. */
	| { type: 'text'; start: number; end: number };

/** Runs the tokenizer over `html`, with the handlers given (the others do nothing). */
function tokenize(html: string, handlers: Partial<TokenHandler>): void {
	const ignore = () => {};
	const handler: TokenHandler = {
		onStartTag: ignore,
		onEndTag: ignore,
		onComment: ignore,
		onDoctype: ignore,
		onEof: ignore,
		onCharacter: ignore,
		onNullCharacter: ignore,
		onWhitespaceCharacter: ignore,
		...handlers,
	};
	new Tokenizer({ sourceCodeLocationInfo: true }, handler).write(html, true);
}

/** Tokens of `html`, offsets relative to it; the tags named in `keep` and comments only, the rest as text. */
export function htmlTokens(html: string, keep: ReadonlySet<string>): HtmlToken[] {
	const marks: HtmlToken[] = [];
	tokenize(html, {
		onStartTag(token: Token.TagToken) {
			if (!keep.has(token.tagName) || !token.location) return;
			const attrs = Object.fromEntries(token.attrs.map((attr) => [attr.name, attr.value]));
			marks.push({ type: 'start', name: token.tagName, attrs, start: token.location.startOffset, end: token.location.endOffset });
		},
		onEndTag(token: Token.TagToken) {
			if (!keep.has(token.tagName) || !token.location) return;
			marks.push({ type: 'end', name: token.tagName, start: token.location.startOffset, end: token.location.endOffset });
		},
		onComment(token: Token.CommentToken) {
			if (!token.location) return;
			const { startOffset: start, endOffset: end } = token.location;
			const closed = html.slice(start, end).endsWith('-->');
			marks.push({ type: 'comment', start, end, bodyStart: start + 4, bodyEnd: closed ? end - 3 : end });
		},
	});

	// The text between the marks, so that the tokens cover the snippet.
	const tokens: HtmlToken[] = [];
	let at = 0;
	for (const mark of marks) {
		if (mark.start > at) tokens.push({ type: 'text', start: at, end: mark.start });
		tokens.push(mark);
		at = mark.end;
	}
	if (at < html.length) tokens.push({ type: 'text', start: at, end: html.length });
	return tokens;
}

/** The text of an HTML snippet, without its tags and comments. */
export function htmlText(html: string): string {
	let text = '';
	const add = (token: Token.CharacterToken) => {
		text += token.chars;
	};
	tokenize(html, { onCharacter: add, onWhitespaceCharacter: add });
	return text;
}
