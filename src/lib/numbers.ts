/**
 * Numbers as people write them in Chinese: 两/二/2, 十五/15, 三十/30, 一百零五, 二百五 (250),
 * 一万五 (15000), 5 万 (50000), 百分之五 (5%), full-width digits (１５) and 1,000. Used wherever an
 * answer is a number (fill-in blanks, the content check's comparison of figures) so that 两周 and
 * 2 周 are the same answer. Pure; no dependencies (the quiz page ships it to the browser).
 */

// prettier-ignore
const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 两: 2, 三: 3, 叁: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

/** Characters that make up a Chinese numeral. */
const NUMERAL_CHARS = `${Object.keys(DIGITS).join('')}${Object.keys(SMALL_UNITS).join('')}${Object.keys(BIG_UNITS).join('')}`;
const NUMERAL_RUN = new RegExp(`[${NUMERAL_CHARS}]+`, 'g');

/**
 * The value of a Chinese numeral written alone: 十五 → 15, 三十 → 30, 一百零五 → 105, 二百五 → 250
 * (the unit after the last digit is implied), 一万五 → 15000, 二零二六 → 2026 (digit by digit).
 * Undefined when `text` is not a numeral.
 */
export function chineseNumeral(text: string): number | undefined {
  if (!text || ![...text].every((char) => NUMERAL_CHARS.includes(char))) return undefined;
  const chars = [...text];
  // Digits only, more than one: read digit by digit (二零二六 → 2026, 五〇 → 50).
  if (chars.length > 1 && chars.every((char) => char in DIGITS)) return Number(chars.map((char) => DIGITS[char]).join(''));
  let total = 0; // finished groups of 万 / 亿
  let section = 0; // the group being read (below 万)
  let digit: number | undefined; // a digit waiting for its unit
  let lastUnit = 0; // the unit just before the waiting digit, for 二百五 = 250
  let zero = false; // a 零 since the last unit: 一百零五 = 105, not 150
  for (const char of chars) {
    if (char in DIGITS) {
      const value = DIGITS[char]!;
      if (value === 0) zero = true;
      else digit = value;
    } else if (char in SMALL_UNITS) {
      const unit = SMALL_UNITS[char]!;
      section += (digit ?? 1) * unit; // 十五: a leading 十 means 一十
      digit = undefined;
      lastUnit = unit;
      zero = false;
    } else {
      const unit = BIG_UNITS[char]!;
      section += digit ?? 0;
      if (section === 0 && total === 0) section = 1; // 万 alone
      total = unit > 1e4 ? (total + section) * unit : total + section * unit;
      section = 0;
      digit = undefined;
      lastUnit = unit;
      zero = false;
    }
  }
  if (digit !== undefined) section += !zero && lastUnit >= 100 ? (digit * lastUnit) / 10 : digit;
  return total + section;
}

/** Half-width digits and signs (NFKC), no thousands separators, no spaces. */
function halfWidth(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/(\d),(?=\d{3}(?!\d))/g, '$1');
}

/**
 * `text` with every number written in Arabic digits: Chinese numerals become digits, 5万 becomes
 * 50000, 百分之五 becomes 5%, full-width digits and 1,000 become 15 and 1000; spaces are dropped.
 * Meant for figures and short answers — in running text it would also turn 一般 into 1般.
 */
export function normaliseNumbers(text: string): string {
  return halfWidth(text)
    .replace(new RegExp(`百分之([${NUMERAL_CHARS}]+|\\d+(?:\\.\\d+)?)`, 'g'), (_, value: string) => `${numberValue(value)}%`)
    .replace(/(\d+(?:\.\d+)?)([万萬亿億])/g, (_, value: string, unit: string) => String(Number(value) * BIG_UNITS[unit]!))
    .replace(NUMERAL_RUN, (run) => String(chineseNumeral(run) ?? run))
    .replace(/(\d)个(?=工作日|自然日|小时|天|周|星期|年)/g, '$1');
}

function numberValue(text: string): number {
  return /^\d/.test(text) ? Number(text) : (chineseNumeral(text) ?? NaN);
}

/** Units a number answer may carry (天, 个工作日, %, 元…); anything else makes it a phrase (一般, 举一反三). */
// prettier-ignore
const UNITS = [
  '', '%', '天', '日', '工作日', '自然日', '周', '星期', '个月', '月', '年', '季度', '次', '遍', '名', '人', '位', '小时', '分钟', '秒',
  '分', '元', '万元', '块', '倍', '岁', '家', '条', '项', '份', '件', '个', '箱', '吨', '公斤', '千克', '米', '级', '层', '点',
];
const NUMBER_ANSWER = /^([¥$]?)(\d+(?:\.\d+)?)(\D*)$/;

/**
 * An answer that is a number, possibly with a unit (十五, 15 天, 两周, 三个工作日, 百分之五, ¥5万),
 * in one canonical spelling (15, 15天, 2周, 3工作日, 5%, ¥50000); undefined for any other answer,
 * so 举一反三 and 一般 stay phrases. Two answers are the same number when their canonical forms are equal.
 */
export function numberAnswer(text: string): string | undefined {
  const match = NUMBER_ANSWER.exec(normaliseNumbers(text));
  if (!match || !UNITS.includes(match[3]!)) return undefined;
  return `${match[1]}${Number(match[2])}${match[3]}`;
}

/** The number in `text` when it is only a number (十五, １５, 2.5, 两): for timers and counters. */
export function parseNumber(text: string): number | undefined {
  const normal = halfWidth(text);
  if (/^\d+(?:\.\d+)?$/.test(normal)) return Number(normal);
  return chineseNumeral(normal);
}
