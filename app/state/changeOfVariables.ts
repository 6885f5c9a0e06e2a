/** The change-of-variables widget's user-set inputs (URL schema). */
import { num, numList } from './urlSchema';

/** z positions of the five knots of the 1-D map (fixed); the reader drags their x values. */
export const KNOT_Z = [-3, -1.5, 0, 1.5, 3];

export const changeOfVariablesSchema = {
  knots: numList([-3.2, -1.2, 0.3, 0.8, 3.4], { min: -5, max: 5, minItems: 5, maxItems: 5 }),
  /** Left end of the shaded strip in z, and its width. */
  strip: num({ default: -0.2, min: -2.9, max: 2.4 }),
  width: num({ default: 0.5, min: 0.05, max: 1 }),
  /** 2-D: where the small square sits, its side, and the planar map's strength (scales u). */
  px: num({ default: 0.2, min: -2, max: 2 }),
  py: num({ default: -0.4, min: -2, max: 2 }),
  side: num({ default: 0.4, min: 0.05, max: 1 }),
  strength: num({ default: 1.5, min: -0.9, max: 3 }),
};
