/** Twips (1/20 pt) per inch: Word's unit for margins, indents and spacing. */
export const TWIPS_PER_INCH = 1440;
/** Twips per point. */
export const TWIPS_PER_POINT = 20;
/** English Metric Units per point: DrawingML's unit for positions of floating shapes. */
export const EMU_PER_POINT = 12_700;
/** Pixels (at 96 dpi) per point: the unit of `docx` shape sizes. */
export const PIXELS_PER_POINT = 96 / 72;

/** Inches to whole twips: 0.5 → 720. */
export const inchesToTwips = (inches: number): number => Math.round(inches * TWIPS_PER_INCH);
/** Points to whole EMUs (Word rejects fractional EMU offsets): 72 → 914400. */
export const pointsToEmu = (points: number): number => Math.round(points * EMU_PER_POINT);
/** One indent step (0.5 inch) in twips. */
export const INDENT_STEP = 720;
