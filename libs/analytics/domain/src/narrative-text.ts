/** The longest narrative section the annual report takes, in characters. */
export const NARRATIVE_MAX_LENGTH = 10_000;

/** Something that looks like an HTML tag or entity: narratives are plain text, printed as written. */
const MARKUP = /<\/?[a-z!][^>]*>|&(?:[a-z]+|#\d+);/i;

/**
 * A narrative as stored: line endings made `\n`, spaces trimmed from the end of each line, and
 * blank lines at the start and end removed. Paragraphs are separated by a blank line.
 */
export function normaliseNarrative(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/\s+$/, ''))
    .join('\n')
    .replace(/^\n+|\n+$/g, '');
}

/** What is wrong with a narrative's text, as messages for the field (none when it may be saved). */
export function narrativeTextProblems(text: string): string[] {
  const clean = normaliseNarrative(text);
  const problems: string[] = [];
  if (clean.trim().length === 0) problems.push('must not be empty: write the section, or leave the last saved version as it is');
  if (clean.length > NARRATIVE_MAX_LENGTH) {
    problems.push(`must be at most ${NARRATIVE_MAX_LENGTH.toLocaleString('en-GB')} characters (it has ${clean.length.toLocaleString('en-GB')})`);
  }
  const markup = MARKUP.exec(clean);
  if (markup) problems.push(`must be plain text without HTML: remove "${markup[0].slice(0, 40)}" (separate paragraphs with a blank line)`);
  return problems;
}

/** The paragraphs of a narrative: blocks separated by one or more blank lines. */
export function narrativeParagraphs(text: string): string[] {
  return normaliseNarrative(text)
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}
