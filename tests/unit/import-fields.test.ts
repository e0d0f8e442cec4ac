import { describe, expect, it } from 'vitest';
import { parseAuthor } from '../../src/importer/authors.ts';
import { cleanDate, cleanTitle, cleanVenue, isPlaceholder, kebabTag, splitTags } from '../../src/importer/fields.ts';
import { normalizedHeading } from '../../src/importer/headings.ts';
import { languageOfText } from '../../src/importer/language.ts';
import { linkKind, webUrl } from '../../src/importer/links.ts';
import { SourceText } from '../../src/importer/source.ts';

describe('metadata values of the older format', () => {
	it('titles: quoted, unquoted, in backticks, in bold, ending with a period', () => {
		expect(cleanTitle('"SALMONN: Towards Generic Hearing Abilities"')).toBe('SALMONN: Towards Generic Hearing Abilities');
		expect(cleanTitle('“Speech Is Silver”')).toBe('Speech Is Silver');
		expect(cleanTitle('`Conformer: Convolution-augmented Transformer`')).toBe('Conformer: Convolution-augmented Transformer');
		expect(cleanTitle('**Whisper**')).toBe('Whisper');
		expect(cleanTitle('Moshi: a speech-text foundation model.')).toBe('Moshi: a speech-text foundation model');
		expect(cleanTitle('Speech in the U.S.')).toBe('Speech in the U.S.');
		expect(cleanTitle('Wait for it...')).toBe('Wait for it...');
	});

	it('dates: written with dots, slashes, 年月日, or a month only; impossible ones refused', () => {
		expect(cleanDate('2024.07.07')).toBe('2024-07-07');
		expect(cleanDate('2024/7/7')).toBe('2024-07-07');
		expect(cleanDate('2024年7月')).toBe('2024-07');
		expect(cleanDate('2024年7月7日')).toBe('2024-07-07');
		expect(cleanDate('2024-02')).toBe('2024-02');
		expect(cleanDate('2024-02-30')).toBeUndefined();
		expect(cleanDate('2024')).toBeUndefined();
		expect(cleanDate('July 2024')).toBeUndefined();
	});

	it('placeholders, venues and tags', () => {
		for (const value of ['?', '？', '', '-', 'TODO', '#TODO', '无', 'N/A']) expect(isPlaceholder(value), value).toBe(true);
		expect(isPlaceholder('ICLR 2024')).toBe(false);
		expect(cleanVenue('AAAI2025')).toBe('AAAI 2025');
		expect(cleanVenue('ICLR 2024 Poster')).toBe('ICLR 2024 Poster');
		expect(splitTags('#ASR #Speech LLM')).toEqual(['ASR', 'Speech LLM']);
		expect(splitTags('TTS、语音合成, ?')).toEqual(['TTS', '语音合成']);
		expect(kebabTag('Speech LLM')).toBe('speech-llm');
		expect(kebabTag('Zero-Shot')).toBe('zero-shot');
		expect(kebabTag('语音合成')).toBeUndefined();
	});

	it('authors: numbered with trailing commas, with an affiliation, with a Chinese name', () => {
		expect(parseAuthor('01 Rongjie Huang,')).toBe('Rongjie Huang');
		expect(parseAuthor('12 Zhou Zhao')).toBe('Zhou Zhao');
		expect(parseAuthor('Chao Zhang (Tsinghua University)')).toEqual({ name: 'Chao Zhang', affiliation: 'Tsinghua University' });
		expect(parseAuthor('Wei Li (李伟)')).toBe('Wei Li (李伟)');
		expect(parseAuthor('Wei Li（李伟）')).toBe('Wei Li（李伟）');
		expect(parseAuthor('Jing Wang (示例大学)')).toEqual({ name: 'Jing Wang', affiliation: '示例大学' });
		expect(parseAuthor('张伟 (清华大学)')).toEqual({ name: '张伟', affiliation: '清华大学' });
		expect(parseAuthor('?')).toBeUndefined();
	});

	it('link labels and addresses', () => {
		expect(['ArXiv', 'Publication', 'Github', 'Demo', 'Dataset', 'Project Page', 'DOI', 'PDF'].map(linkKind)).toEqual([
			'arxiv',
			'publication',
			'code',
			'demo',
			'dataset',
			'project',
			'publication',
			'pdf',
		]);
		expect(linkKind('Scholar')).toBeUndefined();
		expect(webUrl('https://arxiv.org/abs/2306.12925')).toBe('https://arxiv.org/abs/2306.12925');
		expect(webUrl('D:\\Papers\\x.pdf')).toBeUndefined();
		expect(webUrl('../PDF/x.pdf')).toBeUndefined();
		expect(webUrl('javascript:alert(1)')).toBeUndefined();
	});
});

describe('headings and languages', () => {
	it('drops the numbering and writes one ": " between the languages', () => {
		expect(normalizedHeading('1·Introduction: 引言')).toBe('Introduction: 引言');
		expect(normalizedHeading('3.1.Tokenizers：分词器')).toBe('Tokenizers: 分词器');
		expect(normalizedHeading('3 Methodology | 方法')).toBe('Methodology: 方法');
		expect(normalizedHeading('2.Related Works·相关工作')).toBe('Related Works: 相关工作');
		expect(normalizedHeading('A.Appendix: 附录')).toBe('Appendix: 附录');
		expect(normalizedHeading('B.1 Hyperparameters')).toBe('Hyperparameters');
		expect(normalizedHeading('一、总结')).toBe('总结');
		expect(normalizedHeading('3D Speaker Embeddings: 三维说话人嵌入')).toBe('3D Speaker Embeddings: 三维说话人嵌入');
		expect(normalizedHeading('A Survey of Speech LLMs')).toBe('A Survey of Speech LLMs');
		expect(normalizedHeading('1.')).toBe('1.');
	});

	it('tells English from Chinese text that names English terms', () => {
		expect(languageOfText('Hearing is arguably an essential ability of AI agents.')).toBe('en');
		expect(languageOfText('***SALMONN*** 使得 LLM 能够直接处理和理解一般的音频输入')).toBe('zh');
		expect(languageOfText('The corpus includes 普通话 speech from many speakers.')).toBe('en');
		expect(languageOfText('$x^2$ 1 2 3')).toBeUndefined();
	});

	it('reports lines in the file, also from a piece of it', () => {
		const source = new SourceText('a\nb\n<!--\nc\n-->', 'x.md');
		const piece = source.piece(source.text.indexOf('c'), source.text.indexOf('-->'));
		piece.report(0, 'here');
		expect(source.reports).toEqual([{ file: 'x.md', line: 4, message: 'here' }]);
	});
});
