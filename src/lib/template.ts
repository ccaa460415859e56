/** Fills `{name}` placeholders in a UI string handed to a browser script (the t() of client code). */
export function fillTemplate(template: string, values: object): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = (values as Record<string, unknown>)[name];
    return typeof value === 'string' || typeof value === 'number' ? String(value) : whole;
  });
}
