/** opencc-js ships its per-locale dictionary groups without type declarations; this is their shape (opencc-js 1.4.2). */
declare module 'opencc-js/to/cn' {
  import type { DictGroup } from 'opencc-js/core';
  /** Traditional → Simplified (Mainland) phrases and characters. */
  const dicts: readonly DictGroup[];
  export default dicts;
}
