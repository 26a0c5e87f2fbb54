/**
 * One colour per outbreak where outbreaks are compared on "days since first case" (the histogram and its key):
 * Okabe–Ito colours, told apart with the common colour-vision deficiencies, none of them a status colour's red.
 */
const PALETTE = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#000000'];

/** The colour of the outbreak at `index` in the data's order (by start date). */
export const outbreakColour = (index: number): string => PALETTE[index % PALETTE.length];
