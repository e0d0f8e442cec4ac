/** What the steps after `astro build` need to know about one page, read in a single parse (parse5, as a browser parses): its inline scripts, ids and links. */
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/**
 * Where a note's own HTML ends up on a page. The sanitizer lets no script through, so a script
 * found in here means it failed (or an MDX component brought one): it is never allowed.
 */
export const NOTE_CONTENT_CLASS = 'note-body';

export interface InlineScript {
	/** The script's text as the browser hashes it (newlines normalised by the parser). */
	text: string;
	/** Inside note content (`NOTE_CONTENT_CLASS`). */
	inNote: boolean;
}

export interface PageFacts {
	scripts: InlineScript[];
	/** Whether the page already has a `<meta http-equiv="Content-Security-Policy">`. */
	hasPolicy: boolean;
	/** `id`s and `<a name>`s a fragment can point at. */
	anchors: Set<string>;
	/** Every URL in an attribute that points at another page or file, as written. */
	links: string[];
}

/** Attributes that point at another page or file, by element. */
const URL_ATTRIBUTES: Record<string, readonly string[]> = {
	a: ['href'],
	area: ['href'],
	link: ['href'],
	img: ['src', 'srcset'],
	source: ['src', 'srcset'],
	script: ['src'],
	iframe: ['src'],
	embed: ['src'],
	object: ['data'],
	audio: ['src'],
	video: ['src', 'poster'],
	track: ['src'],
	form: ['action'],
};

/** The URLs in one attribute value (a `srcset` holds several, each followed by its size). */
function urlsOf(name: string, value: string): string[] {
	if (name !== 'srcset') return [value];
	return value
		.split(',')
		.map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
		.filter(Boolean);
}

const attribute = (element: Element, name: string): string | undefined => element.attrs.find((a) => a.name === name)?.value;

export function pageFacts(html: string): PageFacts {
	const facts: PageFacts = { scripts: [], hasPolicy: false, anchors: new Set(), links: [] };
	// Depth-first, with whether each node is inside note content; no recursion, pages can be deep.
	const stack: [Node, boolean][] = [[parse(html), false]];
	while (stack.length > 0) {
		const [node, inNote] = stack.pop()!;
		let inside = inNote;
		if ('tagName' in node) {
			const id = attribute(node, 'id');
			if (id !== undefined) facts.anchors.add(id);
			if (node.tagName === 'a') {
				const name = attribute(node, 'name');
				if (name !== undefined) facts.anchors.add(name);
			}
			for (const name of URL_ATTRIBUTES[node.tagName] ?? []) {
				const value = attribute(node, name);
				if (value !== undefined) facts.links.push(...urlsOf(name, value));
			}
			if (node.tagName === 'script' && attribute(node, 'src') === undefined) {
				const text = node.childNodes.map((child) => ('value' in child ? child.value : '')).join('');
				facts.scripts.push({ text, inNote });
			}
			if (node.tagName === 'meta' && attribute(node, 'http-equiv')?.toLowerCase() === 'content-security-policy') facts.hasPolicy = true;
			inside ||= (attribute(node, 'class') ?? '').split(/\s+/).includes(NOTE_CONTENT_CLASS);
		}
		const children = 'content' in node && node.nodeName === 'template' ? node.content.childNodes : 'childNodes' in node ? node.childNodes : [];
		for (let i = children.length - 1; i >= 0; i--) stack.push([children[i]!, inside]);
	}
	return facts;
}
