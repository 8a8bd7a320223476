/**
 * Findings about what an attached image shows rather than says: faces (HIPAA Safe Harbor's full-face
 * photographs). Pure like the rest of the engine: the detector runs elsewhere (the offscreen document)
 * and hands over only its scores. The text in an image goes through check() like any draft.
 */
import type { Finding } from './types';
import type { Policy } from '../policy/types';
import { DEFAULT_SEVERITY } from './phi';
import { messageFor } from './phi/messages';

export const FACE_RULE = 'phi-face';

/**
 * One finding for the faces in one image (a group photo is one problem, not ten), or none. It has no
 * span in any text: start and end are 0. The policy sets its severity (phi.severities.FACE, or the
 * rule's own setting), may replace its message, or may switch it off (rules["phi-face"].enabled).
 */
export function faceFindings(faces: readonly { score: number }[], policy: Policy, detector = 'face-detector'): Finding[] {
  const setting = policy.rules?.[FACE_RULE];
  if (!faces.length || setting?.enabled === false) return [];
  const score = Math.max(...faces.map((f) => f.score));
  return [{
    start: 0,
    end: 0,
    category: 'FACE',
    rule: FACE_RULE,
    severity: setting?.severity ?? policy.phi?.severities?.FACE ?? DEFAULT_SEVERITY.FACE,
    message: setting?.message ?? messageFor('FACE'),
    evidence: { recognizer: detector, score: Math.round(score * 100) / 100, pattern: faces.length === 1 ? 'one-face' : 'several-faces' },
    section: setting?.section ?? 'phi',
  }];
}
