/** Longest formula accepted; keeps pathological input from costing time (and a shared address short). */
export const MAX_FORMULA_LENGTH = 300;
