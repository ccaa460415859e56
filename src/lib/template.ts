/**
 * Fills `{name}` placeholders of a UI string: the one template fill, used by t() at build time and by
 * the browser's elements on the strings handed to them. A placeholder without a value stays as written.
 */
export function fillTemplate(template: string, values: object = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = (values as Record<string, unknown>)[name];
    return typeof value === 'string' || typeof value === 'number' ? String(value) : whole;
  });
}
