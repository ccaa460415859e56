/**
 * The reviewed lists the query understanding strips: question and filler phrases a rep types
 * around the subject (客户拖着不付款咋办 → 客户拖着不付款), and characters that are never a subject on
 * their own (的, 了, 吗). Kept as data with a reason per group, so a reviewer can read what is removed.
 * A phrase is removed only where it occurs whole; a character only when the segmenter leaves it alone.
 */

/** Question and filler phrases, removed wherever they occur in a query (longest first when applied). */
export const FILLER_PHRASES: readonly string[] = [
  // Asking for a way: the rep wants the procedure, the page says it without these words.
  '怎么办才好',
  '怎么办',
  '咋办',
  '咋整',
  '怎么弄',
  '咋弄',
  '怎么搞',
  '怎么做',
  '怎么样',
  '怎样',
  '怎么',
  '如何',
  '咋',
  // Asking for a time, an amount, a place or a person: the page states it, never in these words.
  '什么时候',
  '啥时候',
  '什么时间',
  '几点钟',
  '几点',
  '多长时间',
  '多久',
  '多少钱',
  '多少',
  '哪些',
  '哪个',
  '哪里',
  '哪儿',
  '在哪',
  '找谁',
  '是谁',
  '谁来',
  // Asking what or why.
  '什么是',
  '是什么',
  '干什么',
  '干嘛',
  '做什么',
  '什么',
  '为什么',
  '为啥',
  '啥',
  // Yes/no questions (the A-not-A forms of one-character verbs are handled by pattern as well).
  '有没有',
  '能不能',
  '可不可以',
  '可以吗',
  '行不行',
  '要不要',
  '是不是',
  '会不会',
  '该不该',
  '需不需要',
  '用不用',
  // Politeness and framing around the question.
  '请问',
  '我想知道',
  '想知道',
  '我想问',
  '想问一下',
  '问一下',
  '咨询一下',
  '麻烦问',
  '应该',
  '一下',
];

/**
 * Pronouns a rep puts between a verb and what it acts on (看我们工厂, 催他们的货): removed, and the
 * words on either side read together (看工厂, 催货), so the everyday word they make is found. Only
 * the plural forms, which are part of no word, with the 的 after them.
 */
export const JOINED_PRONOUNS: readonly string[] = ['我们的', '你们的', '他们的', '咱们的', '我们', '你们', '他们', '咱们'];

/**
 * A comparison with an earlier time between what is compared and how it compares (报价比上次高了,
 * 价格比以前贵): removed, and the words on either side read together (报价高了, 价格贵), so the
 * everyday word they make is found. The earlier time says nothing about the subject. A comparison
 * with others (比别家贵) stays: the competitor is the subject (更便宜, 竞争对手). So does a word ending
 * in 比 (对比以前的报价, 同比去年): the character before 比 is captured and kept (no lookbehind, which
 * older Safari cannot parse).
 */
export const EARLIER = /(^|[^对相类评好无占环同])(比(?:上次|上回|以前|之前|原来|过去|去年))/g;

/**
 * Characters that carry no subject on their own: particles, pronouns, auxiliaries, prepositions,
 * conjunctions, measure words. Dropped when the segmenter leaves them as single characters; they
 * stay inside words (的确, 不良率, 要货).
 */
export const FUNCTION_CHARS: ReadonlySet<string> = new Set(
  [
    // particles and interjections
    '的了吗呢吧啊呀嘛哦哈么着过地得之',
    // pronouns and question words
    '我你您他她它们这那哪谁啥咱自己某',
    // auxiliaries, modals, copula
    '是有在要会能可想该得须需应让被把给将',
    // prepositions and conjunctions
    '和与及或跟同对向往从于以为因所而且但并则即若如就都也还又再才只很太更最已由按照据凭除',
    // measure words and numerals as characters
    '个位件次些点一二两三四五六七八九十几每各另',
    // negation alone (inside words it stays: 不良率)
    '不没别',
    // verbs and adverbs too general to be a subject
    '做弄搞办说讲问看用去来到上下先后',
  ].join(''),
);

/**
 * Characters that never form a word with a neighbour: FUNCTION_CHARS without the verbs, measure
 * words and adverbs that do (下单, 上门, 看样, 来访, 到账, 每周, 首次, 售后, 先款后货). The vocabulary
 * builder joins a lone character to the next piece only when neither is one of these.
 */
export const PARTICLES: ReadonlySet<string> = new Set(
  [...FUNCTION_CHARS].filter((char) => !'下上做看用来到说问个次每各后先点办'.includes(char)),
);

/**
 * Numbers written in characters (百分之十, 九十), alone or as a duration or count (一周, 两个月, 几个):
 * the content writes figures in digits, so such a word matches nothing a page says about the subject.
 */
export const NUMERAL = /^[零〇一二三四五六七八九十百千万两几半之]+(?:个|天|周|月|年|次|个月|星期|小时)?$/;

/** Words of two or more characters that appear in almost every page or question. */
export const COMMON_WORDS: ReadonlySet<string> = new Set([
  '你们',
  '我们',
  '他们',
  '人家',
  '这个',
  '那个',
  '这些',
  '那些',
  '这样',
  '那样',
  '可以',
  '就是',
  '还是',
  '一个',
  '没有',
  '时候',
  '需要',
  '已经',
  '现在',
  '然后',
  '但是',
  '因为',
  '所以',
  '如果',
  '不是',
  '知道',
  '不知道',
  '觉得',
  '一点',
  '一些',
  '的话',
  '老是',
  '总是',
  '自己',
  '我要',
  '我想',
  '我该',
  '告诉',
  '每天',
  '一直',
  '总共',
  '别人',
  '东西',
  '事情',
  '问题',
  '情况',
  // what a rep has on hand, and "also": framing around the subject (我手上还有几个客户)
  '手上',
  '还有',
  // which time it is: framing around the subject (这次报价, 上次说好的)
  '这次',
  '上次',
  '下次',
  '这回',
  '上回',
]);
