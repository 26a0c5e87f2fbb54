/** Okabe–Ito colours (distinct for the common colour-vision deficiencies), one per compared outbreak, max 6. */
export const COMPARE_COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#D55E00', '#56B4E9'] as const;
/** A dash per curve too, so no curve is told apart by colour alone. */
export const COMPARE_DASHES = ['', '6 3', '2 2', '8 3 2 3', '4 4', '1 3'] as const;
