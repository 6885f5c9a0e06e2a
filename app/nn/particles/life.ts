/** Frames a particle lives before it is reborn at a random place: 60 + up to 120 more, fixed per particle. */
export const LIFE_MIN = 60;
export const LIFE_SPREAD = 120;
