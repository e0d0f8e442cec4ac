/** The allowlist of HTML a note may contain: what Markdown (GFM, math, our directives) produces plus the HTML notes use (rehype-sanitize schema). */
import type { Options as Schema } from 'rehype-sanitize';

/** Prefix put on ids the author wrote in raw HTML, so they cannot clobber the page's own. */
export const CLOBBER_PREFIX = 'user-content-';

const tableCell = ['width', 'height', 'colSpan', 'rowSpan', 'align', 'vAlign', 'headers', 'scope', 'abbr'];

export const sanitizeSchema: Schema = {
	allowComments: false,
	allowDoctypes: false,
	tagNames: [
		// Markdown and GFM
		'a', 'blockquote', 'br', 'code', 'del', 'em', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'img',
		'input', 'li', 'ol', 'p', 'pre', 'section', 'strong', 'sup', 'table', 'tbody', 'td', 'th',
		'thead', 'tr', 'ul', 'div', 'span',
		// HTML notes use
		'abbr', 'b', 'bdi', 'bdo', 'caption', 'cite', 'col', 'colgroup', 'dd', 'details', 'dfn', 'dl',
		'dt', 'figcaption', 'figure', 'i', 'ins', 'kbd', 'mark', 'q', 'rp', 'rt', 'ruby', 's', 'samp',
		'small', 'strike', 'sub', 'summary', 'tfoot', 'time', 'tt', 'u', 'var', 'wbr',
	],
	attributes: {
		'*': ['id', 'lang', 'dir', 'title'],
		a: [
			'href',
			'hrefLang',
			'name', // old-style anchors (prefixed like ids)
			// Often pasted with a link; rehype-external-links sets both on links to other hosts.
			['target', '_blank'],
			'rel',
			// GFM footnotes
			'dataFootnoteRef',
			'dataFootnoteBackref',
			['className', 'data-footnote-backref'],
			'ariaDescribedBy',
			'ariaLabel',
		],
		img: ['src', 'alt', 'width', 'height', 'align', ['loading', 'lazy', 'eager']],
		table: ['width', 'align', 'border', 'cellPadding', 'cellSpacing'],
		thead: ['align', 'vAlign'],
		tbody: ['align', 'vAlign'],
		tfoot: ['align', 'vAlign'],
		tr: ['align', 'vAlign'],
		td: tableCell,
		th: tableCell,
		col: ['span', 'width', 'align'],
		colgroup: ['span', 'width', 'align'],
		// Our language blocks and their pairs.
		div: [['className', 'lang-block', 'bilingual'], ['dataLang', 'en', 'zh'], 'dataSolo', 'align'],
		// The halves of a bilingual heading; `dataSlot`: placeholders rehype-raw-html.ts puts in.
		span: [['dataLang', 'en', 'zh'], 'dataSlot'],
		p: ['align'],
		h1: ['align'],
		h2: ['align', ['className', 'sr-only']], // GFM's footnote label
		h3: ['align'],
		h4: ['align'],
		h5: ['align'],
		h6: ['align'],
		// Code blocks' language and remark-math's inline / display math.
		code: [['className', /^language-./, 'math-inline', 'math-display']],
		pre: ['dataSlot'], // placeholders rehype-raw-html.ts puts in for code blocks
		// GFM task lists: only a disabled checkbox, only in a list item (see `ancestors`, `required`).
		input: [['type', 'checkbox'], ['disabled', true], 'checked'],
		li: [['className', 'task-list-item'], 'value'],
		ul: [['className', 'contains-task-list']],
		ol: [['className', 'contains-task-list'], 'start', 'reversed'],
		// GFM footnotes
		section: ['dataFootnotes', ['className', 'footnotes']],
		details: ['open'],
		blockquote: ['cite'],
		q: ['cite'],
		del: ['cite', 'dateTime'],
		ins: ['cite', 'dateTime'],
		time: ['dateTime'],
	},
	ancestors: {
		tbody: ['table'],
		td: ['table'],
		th: ['table'],
		thead: ['table'],
		tfoot: ['table'],
		tr: ['table'],
		caption: ['table'],
		col: ['table'],
		colgroup: ['table'],
		input: ['li'],
	},
	required: { input: { type: 'checkbox', disabled: true } },
	protocols: {
		href: ['http', 'https', 'mailto'],
		src: ['http', 'https'],
		cite: ['http', 'https'],
	},
	clobber: ['id', 'name', 'ariaDescribedBy', 'ariaLabelledBy'],
	clobberPrefix: CLOBBER_PREFIX,
	// Removed with their content (any other element not allowed is unwrapped: its text stays).
	strip: [
		'script', 'style', 'template', 'noscript', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet',
		'svg', 'math', 'canvas', 'textarea', 'select', 'button', 'title', 'head', 'meta', 'base', 'link',
	],
};
