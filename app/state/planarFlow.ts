/** The planar-flow comparison's user-set inputs (URL schema). */
import { num, oneOf } from './urlSchema';

export const planarFlowSchema = {
  target: oneOf(['ring', 'wave', 'split'] as const, 'wave'),
  /** Planar NF layers K and planar CNF units M (the paper's panels use 2, 8 and 32). */
  K: oneOf(['2', '8', '32'] as const, '8'),
  M: oneOf(['2', '8', '32'] as const, '8'),
  seed: num({ default: 1, min: 0, max: 1e9, integer: true }),
};
