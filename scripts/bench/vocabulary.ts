/** Word lists for synthetic notes: speech and audio research vocabulary in English and Chinese, the common words first. */

/** Topics as pairs, so an English paragraph and its Chinese counterpart talk about the same things. */
export const topics: [en: string, zh: string][] = [
	['speech recognition', '语音识别'],
	['language model', '语言模型'],
	['audio encoder', '音频编码器'],
	['speech synthesis', '语音合成'],
	['speaker verification', '说话人验证'],
	['self-supervised learning', '自监督学习'],
	['audio captioning', '音频描述'],
	['speech translation', '语音翻译'],
	['emotion recognition', '情感识别'],
	['neural codec', '神经编解码器'],
	['discrete tokens', '离散词元'],
	['instruction tuning', '指令微调'],
	['spectrogram', '频谱图'],
	['waveform', '波形'],
	['prosody', '韵律'],
	['speaker diarization', '说话人分离'],
	['voice conversion', '语音转换'],
	['sound event detection', '声音事件检测'],
	['music generation', '音乐生成'],
	['acoustic model', '声学模型'],
	['contrastive loss', '对比损失'],
	['cross attention', '交叉注意力'],
	['mel filterbank', '梅尔滤波器组'],
	['vocoder', '声码器'],
	['noise robustness', '噪声鲁棒性'],
	['data augmentation', '数据增强'],
	['curriculum learning', '课程学习'],
	['low-rank adaptation', '低秩适配'],
	['beam search', '束搜索'],
	['keyword spotting', '关键词检测'],
	['speech enhancement', '语音增强'],
	['source separation', '声源分离'],
	['phoneme alignment', '音素对齐'],
	['spoken question answering', '口语问答'],
	['code switching', '语码转换'],
	['streaming inference', '流式推理'],
	['knowledge distillation', '知识蒸馏'],
	['pitch estimation', '基频估计'],
	['audio retrieval', '音频检索'],
	['dialogue modelling', '对话建模'],
];

export const qualities: [en: string, zh: string][] = [
	['multilingual', '多语言'],
	['streaming', '流式'],
	['zero-shot', '零样本'],
	['end-to-end', '端到端'],
	['lightweight', '轻量级'],
	['robust', '鲁棒'],
	['large-scale', '大规模'],
	['hierarchical', '层次化'],
	['multimodal', '多模态'],
	['non-autoregressive', '非自回归'],
	['semi-supervised', '半监督'],
	['parameter-efficient', '参数高效'],
];

export const claims: [en: string, zh: string][] = [
	['improves', '提升了'],
	['reduces the cost of', '降低了'],
	['outperforms prior work on', '优于已有方法在'],
	['aligns', '对齐了'],
	['compresses', '压缩了'],
	['generalises', '泛化了'],
	['stabilises', '稳定了'],
	['extends', '扩展了'],
];

export const datasets = ['LibriSpeech', 'AudioSet', 'VoxCeleb2', 'AISHELL-1', 'WenetSpeech', 'Common Voice', 'AudioCaps', 'Clotho', 'GigaSpeech', 'FLEURS', 'ESC-50', 'LJSpeech', 'VCTK', 'MUSDB18'];

export const metrics: [en: string, zh: string][] = [
	['word error rate', '词错误率'],
	['equal error rate', '等错误率'],
	['mean opinion score', '平均意见得分'],
	['BLEU', 'BLEU'],
	['SPIDEr', 'SPIDEr'],
	['real-time factor', '实时率'],
];

export const tags = [
	'speech-llm', 'asr', 'tts', 'audio-llm', 'self-supervised', 'speaker', 'codec', 'multimodal', 'music', 'translation',
	'enhancement', 'benchmark', 'emotion', 'dialogue', 'separation', 'retrieval',
];

export const venues = ['ICASSP 2023', 'ICASSP 2024', 'Interspeech 2023', 'Interspeech 2024', 'ICLR 2024', 'ICLR 2025', 'NeurIPS 2023', 'NeurIPS 2024', 'ACL 2024', 'TASLP'];

export const years = [2021, 2022, 2023, 2024, 2025];

export const givenNames = ['Wei', 'Li', 'Anna', 'James', 'Yuki', 'Maria', 'Chen', 'Ahmed', 'Sofia', 'Tom', 'Jing', 'Ravi', 'Elena', 'Hao', 'Lucas', 'Mei'];
export const familyNames = ['Zhang', 'Wang', 'Smith', 'Garcia', 'Tanaka', 'Müller', 'Liu', 'Kumar', 'Rossi', 'Kim', 'Chen', 'Novak', 'Dubois', 'Yang', 'Silva', 'Ito'];

/** Formulas notes share (so the same TeX recurs across notes), inline and displayed. */
export const inlineMath = [
	'\\mathcal{L}_{\\text{ctc}}',
	'p(y \\mid x)',
	'x \\in \\mathbb{R}^{T \\times d}',
	'\\mathbf{h}_t',
	'O(n^2)',
	'\\hat{y}',
	'\\sigma(\\cdot)',
	'\\beta_1 = 0.9',
];
export const displayMath = [
	'\\mathcal{L} = -\\sum_{t=1}^{T} \\log p(y_t \\mid y_{<t}, x)',
	'\\mathrm{Attention}(Q, K, V) = \\mathrm{softmax}\\left(\\frac{Q K^\\top}{\\sqrt{d_k}}\\right) V',
	'\\text{WER} = \\frac{S + D + I}{N}',
	'\\mathbf{z} = \\operatorname{VQ}(f_\\theta(\\mathbf{x})), \\quad \\mathcal{L}_{\\text{vq}} = \\lVert \\operatorname{sg}[\\mathbf{z}_e] - \\mathbf{e} \\rVert_2^2',
	'\\mathcal{L}_{\\text{nce}} = -\\log \\frac{\\exp(s(\\mathbf{a}, \\mathbf{t}) / \\tau)}{\\sum_{j} \\exp(s(\\mathbf{a}, \\mathbf{t}_j) / \\tau)}',
];
