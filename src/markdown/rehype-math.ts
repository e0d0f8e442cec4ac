/** rehype plugin: renders remark-math's math with KaTeX at build time (rehype-katex); a bad formula shows its source in red and warns with its line. */
import type { Root } from 'hast';
import rehypeKatex, { type Options } from 'rehype-katex';
import type { VFile } from 'vfile';

/**
 * HTML plus MathML. rehype-katex itself renders with `throwOnError` and catches: a formula KaTeX
 * cannot parse is warned about on the file and rendered as `span.katex-error` (its source, in
 * `errorColor`: a CSS variable of global.css, readable in light and dark). `strict: 'ignore'` keeps KaTeX quiet about LaTeX-incompatible input (such as
 * Chinese text in math); an undefined macro is still a parse error.
 */
export const katexOptions: Options = {
	output: 'htmlAndMathml',
	errorColor: 'var(--math-error)',
	strict: 'ignore',
};

export default function rehypeMath(options: Options = katexOptions) {
	const katex = rehypeKatex(options);
	return (tree: Root, file: VFile) => {
		const from = file.messages.length;
		katex(tree, file);
		// rehype-katex places its message on the `code` element, which for display math has no
		// position (its `pre` has): take the nearest ancestor's.
		for (const message of file.messages.slice(from)) {
			if (message.line) continue;
			const place = message.ancestors?.findLast((node) => node.position)?.position;
			if (!place) continue;
			message.place = place;
			message.line = place.start.line;
			message.column = place.start.column;
		}
	};
}
