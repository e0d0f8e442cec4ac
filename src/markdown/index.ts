/** The Markdown pipeline, in order: how a note's body becomes HTML. */
import remarkDirective from 'remark-directive';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';

export const remarkPlugins: RemarkPlugins = [remarkMath, remarkDirective];
export const rehypePlugins: RehypePlugins = [rehypeKatex];
