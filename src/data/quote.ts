/** Whitespace never counts when a quote is looked up, so line wrapping in the report does not matter. */
export function squashWhitespace(text: string): string {
  return text.replace(/\s+/gu, '');
}

/**
 * Finds a quote in the report text ignoring whitespace (as the validator compares), and returns the range in
 * the original text so the panel can highlight exactly that passage.
 */
export function locateQuote(text: string, quote: string): { start: number; end: number } | null {
  const positions: number[] = [];
  let squashed = '';
  for (let i = 0; i < text.length; i += 1) {
    if (!/\s/u.test(text[i])) {
      squashed += text[i];
      positions.push(i);
    }
  }
  const needle = squashWhitespace(quote);
  if (!needle) return null;
  const at = squashed.indexOf(needle);
  if (at < 0) return null;
  return { start: positions[at], end: positions[at + needle.length - 1] + 1 };
}
