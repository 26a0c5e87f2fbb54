/**
 * How the day axis is read: "calendar" is a real date for every outbreak; "first-case" is day N since each
 * outbreak's first case (src/model/first-case.ts). A leaf module, so model code takes it without the URL layer.
 */
export const ALIGNMENTS = ['calendar', 'first-case'] as const;
export type Alignment = (typeof ALIGNMENTS)[number];

/** A position on the day axis: the alignment and the day in it. */
export interface AlignedDay {
  align: Alignment;
  day: number;
}
