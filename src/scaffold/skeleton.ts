/** The body of a new note: the abstract in a bilingual pair, then the usual sections, empty until someone writes them. */

/** The sections every note starts with, as `English: 中文` headings. */
export const noteSections = [
	['Introduction', '引言'],
	['Related Works', '相关工作'],
	['Methodology', '方法'],
	['Experiments', '实验'],
	['Results', '结果'],
	['Conclusions', '结论'],
] as const;

/** `## Abstract: 摘要` with the English abstract (empty when unknown) and an empty Chinese block, then the empty sections. */
export function noteSkeleton(abstract: readonly string[] = []): string {
	const block = (lang: 'en' | 'zh', paragraphs: readonly string[]) => `:::${lang}\n${paragraphs.join('\n\n')}\n:::`;
	return [
		'## Abstract: 摘要',
		block('en', abstract),
		block('zh', []),
		...noteSections.map(([en, zh]) => `## ${en}: ${zh}`),
	].join('\n\n');
}
