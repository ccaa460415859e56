/**
 * UI strings: one flat zh-CN dictionary with dotted keys, read through `t()`. Components never
 * hold literal UI text, so wording changes in one place and a missing key is a type error.
 */
import zhCN from '../i18n/zh-CN.json';

export type UiKey = keyof typeof zhCN;

/** The string for `key`, with `{name}` placeholders filled from `values`. */
export function t(key: UiKey, values: Record<string, string | number> = {}): string {
  const template: string = zhCN[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
