/** rehype plugin: typesets remark-math's math with KaTeX at build time, each distinct formula once; a bad formula shows its source in red and warns with its line. */
import type { Element, ElementContent, Root } from 'hast';
import { fromHtmlIsomorphic } from 'hast-util-from-html-isomorphic';
import { toString } from 'hast-util-to-string';
import katex, { type KatexOptions } from 'katex';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

export type Options = Omit<KatexOptions, 'displayMode' | 'throwOnError'> & {
	/**
	 * KaTeX's HTML as a `raw` node, written out as is by rehype-stringify: later plugins do not walk the
	 * hundreds of elements a formula is made of, and nothing parses it. MDX cannot compile `raw` nodes,
	 * so its pipeline takes elements (`false`).
	 */
	raw?: boolean;
};

/**
 * HTML plus MathML. A formula KaTeX cannot parse is warned about on the file and rendered as
 * `span.katex-error` (its source, in `errorColor`: a CSS variable of global.css, readable in light and dark).
 * `strict: 'ignore'` keeps KaTeX quiet about LaTeX-incompatible input (such as
 * Chinese text in math); an undefined macro is still a parse error.
 */
export const katexOptions: Options = {
	output: 'htmlAndMathml',
	errorColor: 'var(--math-error)',
	strict: 'ignore',
};

/** How many typeset formulas to keep: enough for the formulas notes share, bounded for thousands of notes. */
const cacheSize = 2000;

const classesOf = (element: Element): unknown[] => (Array.isArray(element.properties.className) ? element.properties.className : []);

/** `code.language-math` alone in a `pre` (```math, or `$$` blocks): the `pre` is replaced, in display mode. */
function displayCode(element: Element): Element | undefined {
	if (element.tagName !== 'pre') return undefined;
	const [code, ...rest] = element.children.filter((child) => child.type !== 'text' || child.value.trim() !== '');
	return rest.length === 0 && code?.type === 'element' && code.tagName === 'code' && classesOf(code).includes('language-math') ? code : undefined;
}

export default function rehypeMath({ raw = false, ...options }: Options = katexOptions) {
	// Typeset formulas by display mode and TeX, most recently used last. The same formula in a
	// note's two languages, or in many notes, is typeset once.
	const typeset = new Map<string, string>();
	const nodes = (html: string): ElementContent[] => (raw ? [{ type: 'raw', value: html }] : (fromHtmlIsomorphic(html, { fragment: true }).children as ElementContent[]));

	function render(tex: string, displayMode: boolean, file: VFile, scope: Element): ElementContent[] {
		const key = `${displayMode ? 'display' : 'inline'}\n${tex}`;
		const cached = typeset.get(key);
		if (cached !== undefined) {
			typeset.delete(key);
			typeset.set(key, cached);
			return nodes(cached);
		}
		try {
			const html = katex.renderToString(tex, { ...options, displayMode, throwOnError: true });
			typeset.set(key, html);
			if (typeset.size > cacheSize) typeset.delete(typeset.keys().next().value!);
			return nodes(html);
		} catch (error) {
			// Not cached: each bad formula warns where it is.
			const cause = error as Error;
			file.message('Could not render math with KaTeX', { cause, place: scope.position, ruleId: cause.name.toLowerCase(), source: 'katex' });
			try {
				return nodes(katex.renderToString(tex, { ...options, displayMode, strict: 'ignore', throwOnError: false }));
			} catch {
				// KaTeX renders its own parse errors in red, but not every other error: the same markup.
				const properties = { className: ['katex-error'], style: `color:${options.errorColor ?? '#cc0000'}`, title: String(error) };
				return [{ type: 'element', tagName: 'span', properties, children: [{ type: 'text', value: tex }] }];
			}
		}
	}

	return (tree: Root, file: VFile) => {
		visit(tree, 'element', (element, index, parent) => {
			if (!parent || index === undefined) return;
			const code = displayCode(element);
			const classes = classesOf(element);
			if (!code && !['language-math', 'math-inline', 'math-display'].some((name) => classes.includes(name))) return;
			const result = render(toString(code ?? element), code !== undefined || classes.includes('math-display'), file, element);
			parent.children.splice(index, 1, ...result);
			return [SKIP, index + result.length];
		});
	};
}
