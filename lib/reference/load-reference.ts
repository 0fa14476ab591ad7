import { buildReferenceIndex, type ReferenceIndex } from './reference-index';
import { STARTER_SET, STARTER_SOURCE_LABEL } from './starter-set';

/** The reference data the background answers from. */
export function loadReference(): ReferenceIndex {
  return buildReferenceIndex(STARTER_SET, 'pack', STARTER_SOURCE_LABEL);
}
