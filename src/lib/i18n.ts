/**
 * UI strings: one flat zh-CN dictionary with dotted keys, read through `t()`. Components never
 * hold literal UI text, so wording changes in one place and a missing key is a type error. The
 * browser never loads the dictionary: an element gets the few strings it needs, picked here at
 * build time (`uiStrings`) and handed over in its HTML.
 */
import zhCN from '../i18n/zh-CN.json';
import { fillTemplate } from './template';

export type UiKey = keyof typeof zhCN;

/** The string for `key`, with `{name}` placeholders filled from `values`. */
export function t(key: UiKey, values: Record<string, string | number> = {}): string {
  return fillTemplate(zhCN[key], values);
}

/** The unfilled strings of `keys`, for an element to fill in the browser. */
export function uiStrings<K extends UiKey>(keys: readonly K[]): Record<K, string> {
  return Object.fromEntries(keys.map((key) => [key, zhCN[key]])) as Record<K, string>;
}
