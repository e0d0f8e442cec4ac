/**
 * What the build's checks need to know about one page, read in a single pass of htmlparser2's streaming
 * parser (it closes elements where a browser would; building no tree, it reads the site's pages twice as fast
 * as parse5): its inline scripts, ids and links.
 */
import { Parser } from 'htmlparser2';

/**
 * Where a note's own HTML ends up on a page. The sanitizer lets no script through, so a script
 * found in here means it failed (or an MDX component brought one): it is never allowed.
 */
export const NOTE_CONTENT_CLASS = 'note-body';

export interface InlineScript {
	/** The script's text as the browser hashes it (newlines normalised as the browser does: see `onclosetag`). */
	text: string;
	/** Inside note content (`NOTE_CONTENT_CLASS`). */
	inNote: boolean;
}

export interface PageFacts {
	scripts: InlineScript[];
	/** Whether the page has a `<meta http-equiv="Content-Security-Policy">` of its own. */
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

export function pageFacts(html: string): PageFacts {
	const facts: PageFacts = { scripts: [], hasPolicy: false, anchors: new Set(), links: [] };
	// For each open element, whether it is inside note content.
	const open: boolean[] = [];
	let script: InlineScript | undefined;
	const parser = new Parser(
		{
			onopentag(name, attributes) {
				const inNote = open.at(-1) ?? false;
				if (attributes.id !== undefined) facts.anchors.add(attributes.id);
				if (name === 'a' && attributes.name !== undefined) facts.anchors.add(attributes.name);
				for (const attribute of URL_ATTRIBUTES[name] ?? []) {
					const value = attributes[attribute];
					if (value !== undefined) facts.links.push(...urlsOf(attribute, value));
				}
				if (name === 'script' && attributes.src === undefined) script = { text: '', inNote };
				if (name === 'meta' && attributes['http-equiv']?.toLowerCase() === 'content-security-policy') facts.hasPolicy = true;
				open.push(inNote || (attributes.class?.includes(NOTE_CONTENT_CLASS) === true && attributes.class.split(/\s+/).includes(NOTE_CONTENT_CLASS)));
			},
			ontext(text) {
				if (script) script.text += text;
			},
			onclosetag(name) {
				open.pop();
				if (name !== 'script' || !script) return;
				// The browser reads CR LF and CR as LF before parsing, and hashes what it parsed.
				facts.scripts.push({ ...script, text: script.text.replace(/\r\n?/g, '\n') });
				script = undefined;
			},
		},
		{ decodeEntities: true },
	);
	parser.end(html);
	return facts;
}
