/**
 * Letters after a person's name: degrees and honours ("Jane Doe, MD",
 * "Ray Ng, PhD"). They qualify the person and are never names themselves.
 */
import type { Candidate } from './find-names';
import { words } from './lexicon/words';

const POST_NOMINALS = words(`
  md phd ph dphil mba mph msc bsc ma ba bs ms llm jd dds dmd do rn np pa-c facs frcp frcs mrcp
  esq cpa pe obe mbe cbe kbe qc kc
`);

/** A degree or honour after a comma that follows a name: "…Smith, MD". */
export function isPostNominal(text: string, c: Candidate): boolean {
  if (!POST_NOMINALS.has(c.form.replace(/\./g, '').toLowerCase())) return false;
  return /\p{L}[.]?,[ \u00A0]*$/u.test(text.slice(Math.max(0, c.start - 4), c.start));
}
