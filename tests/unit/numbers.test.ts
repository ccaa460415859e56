/** Numbers written the Chinese way compare equal to the same number in digits. */
import { describe, expect, it } from 'vitest';
import { chineseNumeral, normaliseNumbers, numberAnswer, parseNumber } from '../../src/lib/numbers';

describe('Chinese numerals', () => {
  it('reads the numerals people write in answers', () => {
    const cases: [string, number][] = [
      ['两', 2],
      ['二', 2],
      ['十', 10],
      ['十五', 15],
      ['三十', 30],
      ['二十五', 25],
      ['一百零五', 105],
      ['二百五', 250],
      ['三千五', 3500],
      ['两千零二十六', 2026],
      ['一万五', 15000],
      ['十五万', 150000],
      ['五十万', 500000],
      ['一亿二千万', 120000000],
      ['二零二六', 2026],
      ['壹佰', 100],
      ['零', 0],
    ];
    for (const [text, value] of cases) expect(chineseNumeral(text), text).toBe(value);
  });
  it('is undefined for text that is not a numeral', () => {
    expect(chineseNumeral('')).toBeUndefined();
    expect(chineseNumeral('十天')).toBeUndefined();
    expect(chineseNumeral('15')).toBeUndefined();
  });
});

describe('number answers', () => {
  it('gives one spelling to the same number, with or without its unit', () => {
    expect(numberAnswer('十五')).toBe('15');
    expect(numberAnswer('15')).toBe('15');
    expect(numberAnswer('１５')).toBe('15');
    expect(numberAnswer(' 15 ')).toBe('15');
    expect(numberAnswer('三十天')).toBe('30天');
    expect(numberAnswer('30 天')).toBe('30天');
    expect(numberAnswer('两周')).toBe('2周');
    expect(numberAnswer('二周')).toBe('2周');
    expect(numberAnswer('三个工作日')).toBe('3工作日');
    expect(numberAnswer('3 个工作日')).toBe('3工作日');
    expect(numberAnswer('百分之五')).toBe('5%');
    expect(numberAnswer('5％')).toBe('5%');
    expect(numberAnswer('¥5万')).toBe('¥50000');
    expect(numberAnswer('￥50,000')).toBe('¥50000');
    expect(numberAnswer('1.50')).toBe('1.5');
  });
  it('keeps months and calendar months apart, and phrases as phrases', () => {
    expect(numberAnswer('3个月')).toBe('3个月');
    expect(numberAnswer('3月')).toBe('3月');
    expect(numberAnswer('举一反三')).toBeUndefined();
    expect(numberAnswer('一般')).toBeUndefined();
    expect(numberAnswer('十分重要')).toBeUndefined();
    expect(numberAnswer('业务部经理')).toBeUndefined();
    expect(numberAnswer('8:50')).toBeUndefined();
  });
});

describe('numbers inside figures', () => {
  it('writes every number in digits', () => {
    expect(normaliseNumbers('前三天')).toBe('前3天');
    expect(normaliseNumbers('每 2 周至少联系 1 次')).toBe('每2周至少联系1次');
    expect(normaliseNumbers('五十万元')).toBe('500000元');
    expect(normaliseNumbers('5 万元')).toBe('50000元');
    expect(normaliseNumbers('¥100,000 以上')).toBe('¥100000以上');
  });
});

describe('a number typed for a timer or a counter', () => {
  it('reads digits and numerals alike', () => {
    expect(parseNumber('十五')).toBe(15);
    expect(parseNumber('１５')).toBe(15);
    expect(parseNumber(' 2.5 ')).toBe(2.5);
    expect(parseNumber('两')).toBe(2);
    expect(parseNumber('十五分钟')).toBeUndefined();
    expect(parseNumber('')).toBeUndefined();
  });
});
