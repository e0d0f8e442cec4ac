/** rehype plugin: parses the note's raw HTML into elements (rehype-raw), after setting aside Markdown's code blocks and MDX nodes and closing tags the author left open. */
import type { Element, Nodes, Parents, Root, RootContent } from 'hast';
import rehypeRaw from 'rehype-raw';
import type {} from 'mdast-util-to-hast'; // types only: `hProperties`, hast `raw` nodes
import type { Point } from 'unist';
import type { VFile } from 'vfile';

/** Node types of MDX: they are never raw HTML and are kept out of the sanitizer. */
export const MDX_NODE_TYPES = [
	'mdxFlowExpression',
	'mdxJsxFlowElement',
	'mdxJsxTextElement',
	'mdxTextExpression',
	'mdxjsEsm',
] as const;

/** What rehype-raw-html sets aside for rehype-sanitize-html to put back. */
export interface SetAside {
	/** Random per file, so an author cannot write a placeholder. */
	nonce: string;
	/** Trusted nodes by placeholder key (`data-slot` value). */
	slots: Map<string, RootContent>;
	/** Ids (and id references) that Markdown made, before any raw HTML was parsed (see `trustKey`). */
	trustedIds: Set<string>;
}

/**
 * An id value on one element, told apart by where the element starts in the note: an element
 * from the author's raw HTML never starts where one Markdown made does.
 */
export const trustKey = (element: Element, value: string): string =>
	`${element.tagName}@${element.position?.start.offset ?? '-'}#${value}`;

export const setAsideOf = (file: VFile): SetAside | undefined =>
	(file.data as { noteSetAside?: SetAside }).noteSetAside;

export default function rehypeRawHtml() {
	const raw = rehypeRaw({ passThrough: [...MDX_NODE_TYPES] });
	return (tree: Root, file: VFile): Root => {
		const setAside: SetAside = { nonce: Math.random().toString(36).slice(2, 10), slots: new Map(), trustedIds: new Set() };
		(file.data as { noteSetAside?: SetAside }).noteSetAside = setAside;
		let hasRaw = false;
		const walk = (parent: Parents) => {
			parent.children = parent.children.map((child) => {
				if (child.type === 'raw') hasRaw = true;
				if (isTrusted(child)) {
					const key = `${setAside.nonce}-${setAside.slots.size}`;
					setAside.slots.set(key, child);
					const type: string = child.type;
					const flow = type === 'element' || type === 'mdxFlowExpression' || type === 'mdxJsxFlowElement' || type === 'mdxjsEsm';
					const placeholder: Element = { type: 'element', tagName: flow ? 'pre' : 'span', properties: { dataSlot: key }, children: [] };
					return placeholder;
				}
				if (child.type === 'element') {
					for (const key of ['id', 'name', 'ariaDescribedBy', 'ariaLabelledBy'] as const) {
						const value = child.properties[key];
						for (const id of Array.isArray(value) ? value : [value]) {
							if (typeof id === 'string') setAside.trustedIds.add(trustKey(child, id));
						}
					}
				}
				if ('children' in child) walk(child);
				return child;
			}) as typeof parent.children;
		};
		walk(tree);
		if (!hasRaw) return tree;
		closeOpenTags(tree, (unclosed, where) => {
			const names = unclosed.filter((element) => !IMPLIED.has(element.name)).map((element) => `<${element.name}>`);
			if (names.length === 0) return;
			const message = file.message(`HTML left open: ${names.join(', ')}, closed ${where}`, {
				place: pointOf(unclosed[0]!),
				source: 'note-html',
				ruleId: 'unclosed-html',
			});
			message.fatal = false;
		});
		return raw(tree, file) as Root;
	};
}

/** Code blocks (already highlighted, with inline styles) and MDX nodes are Markdown's own output. */
function isTrusted(node: Nodes): boolean {
	if ((MDX_NODE_TYPES as readonly string[]).includes(node.type)) return true;
	return node.type === 'element' && node.tagName === 'pre';
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
// Closed by the parser itself when their parent closes (implied end tags): never add these.
const IMPLIED = new Set(['dd', 'dt', 'li', 'optgroup', 'option', 'p', 'rb', 'rp', 'rt', 'rtc']);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext']);
const TOKEN =
	/<!--[\s\S]*?(?:-->|$)|<![^>]*>?|<\?[^>]*>?|<\/([a-zA-Z][\w:-]*)[^>]*>|<([a-zA-Z][\w:-]*)(?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*(\/?)>/g;

/**
 * Closes elements the author's HTML left open, as the author meant them: an end tag closes the
 * elements opened inside its element (so `<details><table><tr><td>…</details>` closes the table
 * and the details, where a browser would ignore the `</details>` and swallow the rest of the
 * note), and whatever is still open at the end of the Markdown block it was opened in (a
 * paragraph, a list item, the document) is closed there.
 */
/** An element the author's HTML opened: its start tag is at `offset` in `html`, a raw node starting at `start`. */
interface Opened {
	name: string;
	html: string;
	offset: number;
	start?: Point;
}
type Raw = Extract<RootContent, { type: 'raw' }>;
/** Told about elements closed for the author, and where. */
type Report = (unclosed: Opened[], where: string) => void;

function closeOpenTags(parent: Parents, report: Report): void {
	const open: Opened[] = [];
	const children: RootContent[] = [];
	for (const child of parent.children) {
		if (child.type === 'raw') {
			child.value = balance(child, open, report);
		} else if ('children' in child) {
			closeOpenTags(child, report);
		}
		children.push(child);
	}
	if (open.length > 0) {
		report(open, 'at the end of its Markdown block');
		const closing = closers(open);
		if (closing) children.push({ type: 'raw', value: closing });
	}
	parent.children = children as typeof parent.children;
}

/** End tags for `elements` (innermost first), leaving out those the parser adds itself. */
const closers = (elements: Opened[]): string =>
	elements
		.filter((element) => !IMPLIED.has(element.name))
		.reverse()
		.map((element) => `</${element.name}>`)
		.join('');

/** Where an element's start tag is in the note (worked out only for the few that are reported). */
function pointOf({ html, offset, start }: Opened): Point | undefined {
	if (!start) return undefined;
	const before = html.slice(0, offset);
	const newline = before.lastIndexOf('\n');
	const line = start.line + (before.match(/\n/g)?.length ?? 0);
	return { line, column: newline < 0 ? start.column + offset : offset - newline };
}

function balance(node: Raw, open: Opened[], report: Report): string {
	const html = node.value;
	let out = '';
	let last = 0;
	TOKEN.lastIndex = 0;
	for (let match = TOKEN.exec(html); match; match = TOKEN.exec(html)) {
		const [token, endName, startName, selfClosing] = match;
		if (endName) {
			const name = endName.toLowerCase();
			const at = open.findLastIndex((element) => element.name === name);
			if (at >= 0) {
				const unclosed = open.splice(at).slice(1);
				if (unclosed.length > 0) report(unclosed, `before </${name}>`);
				out += html.slice(last, match.index) + closers(unclosed) + token;
				last = match.index + token.length;
			}
		} else if (startName) {
			const name = startName.toLowerCase();
			if (RAW_TEXT.has(name)) {
				// Skip the element's text: it is not markup.
				const close = html.toLowerCase().indexOf(`</${name}`, TOKEN.lastIndex);
				TOKEN.lastIndex = close < 0 ? html.length : close;
			} else if (!VOID.has(name) && !selfClosing) {
				open.push({ name, html, offset: match.index, start: node.position?.start });
			}
		}
	}
	return out + html.slice(last);
}
