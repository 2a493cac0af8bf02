/**
 * The API names a standard by its code (`training-and-supervision`); beside the field it reads as the
 * standard's title in the audit's tool ("Training and supervision").
 */
export function readableStandards(standards: readonly { code: string; title: string }[]): (message: string) => string {
  const titles = new Map(standards.map((s) => [s.code, s.title]));
  return (message) => message.replace(/\b[a-z0-9]+(?:-[a-z0-9]+)+\b/g, (word) => titles.get(word) ?? word);
}
