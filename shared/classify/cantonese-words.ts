import { wordTableReader } from './words-read.ts';

/**
 * Written Cantonese (Hong Kong, Macau, Guangdong) in the words of standard written Chinese, which
 * the lexicons, the rules and the models know: "唔會再住" is 不会再住, "冇人理" 没有人理, "食咗肚痾" 吃了拉肚子.
 * Read as it was, a Hong Kong measuring set scored micro-F1 0.62 and sentiment 92 % where the
 * Mandarin ones score over 0.8 and 96 %: 唔 negated nothing and 嘈, 污糟, 黑面, 中伏 were unknown.
 * Applied to the simplified analysis text, and only to a message that reads as Cantonese
 * (isCantonese): 系, 食, 细, 抵 and 冻 are also Mandarin, so they are mapped only in the Cantonese
 * forms listed.
 */

/**
 * Characters and words written Cantonese uses and Mandarin does not (after conversion to simplified
 * script; opencc writes 嗰 as 𠮶): one is enough ("漏咗支可乐", "个侍应好黑面"). Mandarin text rarely
 * holds one, and where it does (冇 in Hunan or Jiangxi Mandarin) the standard word is still right.
 */
const CANTONESE_ONLY = /[冇嘅咗啲喺佢哋嚟嘢畀睇嗰𠮶㗎噉咁啱攞搵揾瞓攰曱甴嚿腍黐嗌]|唔(?=\p{Script=Han})|仲(?![裁介夏秋春])|[冻湿错淋扁泻卖]晒|污糟|黑面|木虱|乌蝇/u;
/** Cantonese words made of Mandarin characters (呢间 is 这间; Mandarin's 呢 ends a question): two are needed. */
const CANTONESE_ALSO_MANDARIN = /呢[个间度排次位]|[真净都就只仲又]系/gu;

/**
 * Per UTF-16 unit, 1 where it is one that every match of CANTONESE_ONLY or CANTONESE_ALSO_MANDARIN holds one of (of a word, its
 * rarer character: 糟 of 污糟, 黑 of 黑面; of 𠮶, its low surrogate): a message holding none (most Mandarin text) is no
 * Cantonese, found by one read per unit instead of the two patterns' scans.
 */
const CANTONESE_MARK = new Uint8Array(65536);
for (const mark of '冇嘅咗啲喺佢哋嚟嘢畀睇嗰㗎噉咁啱攞搵揾瞓攰曱甴嚿腍黐嗌唔仲晒糟黑虱蝇呢系') CANTONESE_MARK[mark.charCodeAt(0)] = 1;
CANTONESE_MARK['𠮶'.charCodeAt(1)] = 1;

function holdsCantoneseMark(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (CANTONESE_MARK[text.charCodeAt(i)] === 1) return true;
  return false;
}

export function isCantonese(text: string): boolean {
  if (!holdsCantoneseMark(text)) return false;
  if (CANTONESE_ONLY.test(text)) return true;
  const found = text.match(CANTONESE_ALSO_MANDARIN);
  return found !== null && found.length >= 2;
}

/** Word for word, longest first (wordTableReader); 嘈杂 and 仲裁, mapped to themselves, keep Mandarin words whole against 嘈 and 仲. */
const STANDARD_WORDS: Readonly<Record<string, string>> = {
  // Negation, existence and the copula.
  唔该: '麻烦', 唔好意思: '不好意思', 唔系: '不是', 唔抵: '不值', 唔好食: '不好吃', 唔好饮: '不好喝', 唔: '不',
  冇得输: '没得说', 冇得弹: '无可挑剔', 冇得: '没法', 冇: '没有',
  真系: '真是', 都系: '都是', 就系: '就是', 净系: '只是', 只系: '只是', 仲系: '还是', 又系: '又是', 而系: '而是', 总系: '总是', 系咪: '是不是', 系咁: '是这样', 边系: '哪是',
  // Particles and pronouns.
  嘅: '的', 咗: '了', 喺: '在', 佢哋: '他们', 我哋: '我们', 你哋: '你们', 哋: '们', 佢: '他', 嚟: '来', 嘢: '东西', 畀: '给', 俾: '给',
  乜嘢: '什么', 乜: '什么', 点解: '为什么', 咁样: '这样', 噉样: '这样', 咁: '这么', 噉: '这样', 呢个: '这个', 呢间: '这间', 呢度: '这里', 呢排: '最近', 近排: '最近',
  嗰个: '那个', 嗰间: '那间', 嗰度: '那里', 嗰: '那', 𠮶个: '那个', 𠮶间: '那间', 𠮶度: '那里', 𠮶: '那', 好似: '好像', 边度: '哪里', 边个: '谁', 而家: '现在', 依家: '现在', 琴日: '昨天', 听日: '明天', 今日: '今天',
  仲要: '还要', 仲有: '还有', 仲未: '还没', 仲: '还', 仲裁: '仲裁', 仲介: '仲介', 仲夏: '仲夏', 啱啱: '刚刚', 啱: '对', 成日: '经常', 好耐: '很久', 咁耐: '这么久', 成个钟: '整整一个小时', 个钟: '小时', 钟头: '小时',
  // Verbs and things. 话 is 说 after who says it (佢话, 就话) and before what is said (话冇, 话会).
  佢话: '他说', 佢哋话: '他们说', 就话: '就说', 又话: '又说', 都话: '都说', 仲话: '还说', 净系话: '只说', 只话: '只说', 话系: '说是', 话会: '说会', 话要: '说要', 话冇: '说没有', 话唔: '说不',
  迟大到: '迟到很久', 好鞋: '很硬', 到震: '得要命', 淋晒: '软塌了', 扁晒: '压扁了', 得个样: '中看不中用', 差天共地: '天差地别', 跣: '滑', 雪藏: '冷冻', 中晒伏: '踩雷了', 平到笑: '便宜得不得了', 抵到烂: '超划算', 细路: '小孩', 搞掂: '搞定', 只系话: '只说',
  搵笨: '坑人', 揾笨: '坑人', 摆晒脸: '摆脸色', 耐性: '耐心', 㶶: '焦', 油益: '哈喇',
  冇覆: '没有回复', 唔覆: '不回复', 冇人听: '没人接', 冇人接: '没人接', 嘢食: '食物', 激气: '气人', 好串: '很嚣张',
  识讲: '会说', 识用: '会用', 食个: '吃个', 食餐: '吃顿',
  睇: '看', 瞓: '睡', 攰: '累', 搵: '找', 揾: '找', 攞: '拿', 谂: '想', 嗌: '喊', 返工: '上班', 返到: '回到', 屋企: '家', 埋单: '结账',
  食咗: '吃了', 食完: '吃完', 食到: '吃到', 食饭: '吃饭', 食嘢: '吃东西', 好食: '好吃', 难食: '难吃', 抵食: '划算', 食唔落: '吃不下', 食唔晒: '吃不完', 好饮: '好喝',
  伙记: '服务员', 伙计: '服务员', 侍应: '服务员', 执房: '打扫房间', 𩠌: '菜', 餸: '菜', 嚿: '块', 曱甴: '蟑螂', 木虱: '臭虫',
  // What is wrong or right with it.
  嘈: '吵', 嘈杂: '嘈杂', 污糟: '脏', 邋遢: '脏', 腍: '软', 黐: '粘', 残旧: '陈旧', 好残: '很旧', 淡茂茂: '淡而无味', 麻麻地: '一般', 麻麻: '一般', 中伏: '踩雷',
  黑口黑面: '态度恶劣', 黑面: '脸色难看', 好恶: '很凶', 好鬼: '很', 好抵: '很划算', 几抵: '挺划算', 超抵: '超划算',
  细到: '小到', 细碟: '小碟', 细份: '小份', 少少: '一点', 有阵: '有股', 冻冰冰: '冰凉', 成身: '全身', 倒泻: '洒了', 泻晒: '洒了', 几耐: '多久',
  冻晒: '凉透了', 冇晒: '全没了', 错晒: '全错了', 湿晒: '全湿了', 呕晒: '全吐了', 卖晒: '卖完了',
  入面: '里面', 乌蝇: '苍蝇', 铁线: '铁丝', 块胶: '块塑料', 粒胶: '粒塑料', 片胶: '片塑料', 呕咗: '吐了', 成晚: '一晚',
  肚痾: '拉肚子', 肚疴: '拉肚子', 肚屙: '拉肚子', 屙: '拉', 急症: '急诊', 食环署: '卫生部门', 卫生署: '卫生部门',
  // 几 before a virtue is 挺 (几好, 几干净); Mandarin has 几 only before a measure.
  几好: '挺好', 几靓: '挺漂亮', 几大: '挺大', 几干净: '挺干净', 几舒服: '挺舒服', 几方便: '挺方便', 几好食: '挺好吃',
};

const readStandardWords = wordTableReader(STANDARD_WORDS);

/**
 * Cantonese words made of characters Mandarin also uses, mapped only where they stand as Cantonese,
 * after the table (so 佢 is already 他, 咁 这么): 细 is small in a room or a portion (房细, 好细) but
 * fine in Mandarin (仔细, 细心); 啲 after a measure word is 点 (快啲), elsewhere 些 (啲嘢); 先 after a
 * wait is 才 (等咗成个钟先上菜); 系 is the copula but for 关系, 系统…; 讲 is 说 but for 讲究, 讲理…; 同
 * before a person is 跟 (同老板讲); 话 after one who speaks is 说 (前台话) but for 电话, 说话; 恶 after
 * a degree is 凶 (好恶); 旧 after a number is opencc's 嚿, a piece (几旧肉); 残 is run-down (房间残)
 * but for 残疾, 残留…; 伏 is a trap (伏到冇朋友) but for 起伏, 埋伏…; 冻 before 的 is cold food; 痕
 * is itch but for 痕迹; 得 before a number is 只有 (得三四块) but after a verb (等得, 觉得).
 */
const REWRITES: readonly (readonly [RegExp, string])[] = [
  [/(?<=房|房间|好|太|超|这么|几|挺|有啲|有点|床|厕所|浴室|份|碗|杯|又)细(?![心节致腻嫩滑软密长条])/gu, '小'],
  [/(?<=[多少快慢好平贵大小早迟热冷])啲/gu, '点'],
  [/(?<=[钟头时耐天日次晚朝])先(?=[上来到有送])/gu, '才'],
  [/(?<![关联体维派院科直旁嫡世谱星水中文理工])系(?![统列数])/gu, '是'],
  [/讲(?![究座课解师台义述价理])/gu, '说'],
  [/(?<![不相共合协赞认如一陪连])同(?=[他她我你老板服务员前台经理收银店员职员部长保安客服])/gu, '跟'],
  [/(?<=[他她们台理板员服长安处]|staff|rider)话(?![题筒费剧语术])/gu, '说'],
  [/(?<=好|几|这么|有啲|有点|有些|超|真是)恶(?![心劣意化性臭毒])/gu, '凶'],
  [/食(?=[得过住晒])/gu, '吃'],
  [/(?<=[一两几三四五六大小])旧(?=[肉骨牛鸡猪鱼排，,。\s]|$)/gu, '块'],
  [/残(?![疾废忍暴酷留余缺局渣羹害杀])/gu, '旧'],
  [/(?<![埋起潜降三])伏(?![特击笔案天])/gu, '坑'],
  [/冻(?=的)/gu, '凉'],
  [/痕(?!迹)/gu, '痒'],
  [/(?<![觉记获值懂晓显使舍免变取难搞来去做吃食睡等写说讲跑拿弄看听走行])得(?=[一两二三四五六七八九十几半\d])/gu, '只有'],
];

/** `wordsRead` receives each table word mapped to another, as "冇 → 没有", once (readAs). */
export function withStandardChineseWords(simplified: string, wordsRead?: string[]): string {
  let text = readStandardWords(simplified, wordsRead);
  for (const [pattern, standard] of REWRITES) text = text.replace(pattern, standard);
  return text.replace(/啲/gu, '些');
}
