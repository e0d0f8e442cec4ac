/** Deterministic synthetic bilingual notes for the benchmark: note i is the same for a given seed, whatever the count. */
import { formatNoteFile } from '../../src/lib/note-file.ts';
import type { NoteInput } from '../../src/schema/note.ts';
import * as words from './vocabulary.ts';

/** mulberry32: a small seeded PRNG, good enough to vary text reproducibly. */
function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

type Pick = <T>(list: readonly T[]) => T;

/** Draws favour the start of a list (Zipf-like), as real notes use a few terms often and many rarely. */
function picker(next: () => number): { pick: Pick; int: (min: number, max: number) => number } {
	const pick: Pick = (list) => list[Math.floor(list.length * next() ** 2)]!;
	const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
	return { pick, int };
}

const capitalise = (text: string) => text.replace(/(^|[\s-])([a-z])/g, (_, space: string, letter: string) => space + letter.toUpperCase());

/** One sentence in both languages, from the same draws so that the Chinese says what the English says. */
type Topics = readonly [string, string][];

function sentence({ pick, int }: ReturnType<typeof picker>, topics: Topics): [string, string] {
	const [t1, t2, t3] = [pick(topics), pick(topics), pick(topics)];
	const [q, claim, metric] = [pick(words.qualities), pick(words.claims), pick(words.metrics)];
	const ds = pick(words.datasets);
	const [n, m, h, a] = [int(1, 9), int(2, 12), int(100, 60000), int(60, 250) / 10];
	const b = (a * (0.6 + int(0, 30) / 100)).toFixed(1);
	const templates: [string, string][] = [
		[`We study ${q[0]} ${t1[0]} and show that it ${claim[0]} ${t2[0]} on ${ds}.`, `我们研究${q[1]}的${t1[1]}, 并表明它在 ${ds} 上${claim[1]}${t2[1]}.`],
		[
			`Compared with ${t1[0]}, the proposed ${t2[0]} keeps the ${metric[0]} within ${n}% while using ${m}× fewer parameters.`,
			`与${t1[1]}相比, 所提出的${t2[1]}在参数量减少 ${m} 倍的同时, 将${metric[1]}保持在 ${n}% 以内.`,
		],
		[
			`A ${q[0]} ${t1[0]} is trained on ${h} hours of ${ds} audio, then combined with ${t2[0]} through ${t3[0]}.`,
			`${q[1]}${t1[1]}在 ${h} 小时的 ${ds} 音频上训练, 再通过${t3[1]}与${t2[1]}结合.`,
		],
		[`Ablations show that ${t1[0]} matters more than ${t2[0]} for ${q[0]} ${t3[0]}.`, `消融实验表明, 对于${q[1]}${t3[1]}, ${t1[1]}比${t2[1]}更重要.`],
		[
			`The ${t1[0]} module reads the ${t2[0]} and feeds a ${q[0]} ${t3[0]}, which lowers the ${metric[0]} from ${a} to ${b}.`,
			`${t1[1]}模块读取${t2[1]}, 并输入${q[1]}${t3[1]}, 使${metric[1]}从 ${a} 降至 ${b}.`,
		],
		[`Errors remain on noisy ${ds} recordings, where ${t1[0]} and ${t2[0]} interact.`, `在含噪声的 ${ds} 录音上仍有错误, ${t1[1]}与${t2[1]}在此相互影响.`],
	];
	return pick(templates);
}

function paragraphs(draw: ReturnType<typeof picker>, topics: Topics, count: number): [string, string] {
	const pairs = Array.from({ length: count }, () => sentence(draw, topics));
	return [pairs.map((pair) => pair[0]).join(' '), pairs.map((pair) => pair[1]).join(' ')];
}

const bilingual = ([en, zh]: [string, string]) => `:::en\n${en}\n:::\n\n:::zh\n${zh}\n:::`;

const sections = ['Abstract: 摘要', 'Introduction: 引言', 'Methodology: 方法', 'Experiments: 实验', 'Results: 结果'];

export interface SyntheticNote {
	slug: string;
	text: string;
}

/** The i-th synthetic note (0-based) for `seed`. */
export function syntheticNote(seed: number, i: number): SyntheticNote {
	if (i >= 10000) throw new Error('at most 10000 synthetic notes (their arXiv ids are 9NNNN)');
	const draw = picker(random(seed * 100003 + i));
	const { pick, int } = draw;
	const year = pick([...words.years].reverse());
	const month = String(int(1, 12)).padStart(2, '0');
	// A note is about a handful of topics (the common ones in many notes), so a term's hit count is realistic.
	const topics = [...new Set(Array.from({ length: 8 }, () => pick(words.topics)))];
	const [quality, topic, task] = [pick(words.qualities), topics[0]!, pick(topics)];
	const syllables = ['Vox', 'Mel', 'Aria', 'Sono', 'Phon', 'Wav', 'Echo', 'Lex', 'Tone', 'Audi'];
	const frontmatter: NoteInput = {
		title: `${capitalise(quality[0])} ${capitalise(topic[0])} for ${capitalise(task[0])}`,
		short: `${pick(syllables)}${pick(syllables)}-${i + 1}`,
		authors: Array.from({ length: int(2, 7) }, () => `${pick(words.givenNames)} ${pick(words.familyNames)}`),
		links: { arxiv: `https://arxiv.org/abs/${String(year).slice(2)}${month}.9${String(i).padStart(4, '0')}` },
		...(draw.int(0, 4) > 0 ? { venue: pick(words.venues) } : {}),
		tags: [...new Set(Array.from({ length: int(2, 4) }, () => pick(words.tags)))],
	};

	const [shared, own] = [pick(words.inlineMath), `k = ${int(2, 64)}`];
	const [methodEn, methodZh] = paragraphs(draw, topics, 4);
	const math: [string, string] = [
		`${methodEn} We minimise $${shared}$ with $${own}$ heads.`,
		`${methodZh}我们以 $${own}$ 个头最小化 $${shared}$.`,
	];
	const rows = Array.from({ length: 3 }, (_, row) => `| ${row === 0 ? 'Baseline' : `${pick(words.qualities)[0]} ${pick(words.topics)[0]}`} | ${pick(words.datasets)} | ${(int(30, 200) / 10).toFixed(1)} | ${int(20, 900)}M |`);
	const table = ['| Model | Dataset | WER (%) | Params |', '| --- | --- | ---: | ---: |', ...rows].join('\n');

	// Two notes in five quote a term, as the seed notes do (and so pay for SmartyPants' typography).
	const intro = paragraphs(draw, topics, 5);
	if (int(0, 4) < 2) {
		const term = pick(topics);
		intro[0] += ` We call this the "${term[0]}" setting.`;
		intro[1] += ` 我们称之为 "${term[1]}" 设置.`;
	}
	const body = sections
		.map((heading, s) => {
			const blocks = [bilingual(s === 2 ? math : s === 1 ? intro : paragraphs(draw, topics, s === 3 ? 4 : 5))];
			if (s === 2) blocks.push(`$$\n${pick(words.displayMath)}\n$$`);
			if (s === 3) blocks.push(table);
			return `## ${heading}\n\n${blocks.join('\n\n')}`;
		})
		.join('\n\n');
	return { slug: `synthetic-${String(i + 1).padStart(5, '0')}`, text: formatNoteFile(frontmatter, body) };
}
