/**
 * Special-category data (GDPR art. 9): the words that name health, religion, ethnicity, sexual
 * orientation, political opinion, trade-union membership, genetic and biometric data, read like the
 * rest of the lexicon by the head word (`symptoms`, `patientDiagnosis`), by a qualifier and a head
 * (`bloodType`, `sexualOrientation`, `politicalAffiliation`), or by a special head followed by a word
 * that only says which part of it (`diagnosisCode`, `dnaResults`, `allergyList`). Words that are as
 * often something else stay out: `condition` (filters), `treatment` (experiments), `orientation`
 * (screens), `union` (types), `fingerprint` (browsers), `weight` (round-robin hosts), `race` alone
 * (a race in a game) is weak: a person's only where the owner or the payload says so.
 */
import type { SpecialKind } from './categories.js';
import { splitWords } from '../util/words.js';

/** Head words that are special-category data on their own. */
const HEADS: ReadonlyMap<string, SpecialKind> = new Map<string, SpecialKind>([
  ...(
    [
      'symptom',
      'symptoms',
      'diagnosis',
      'diagnoses',
      'medication',
      'medications',
      'medicine',
      'medicines',
      'prescription',
      'prescriptions',
      'allergy',
      'allergies',
      'intolerance',
      'intolerances',
      'disability',
      'disabilities',
      'illness',
      'illnesses',
      'disease',
      'diseases',
      'pregnancy',
      'bmi',
      'comorbidity',
      'comorbidities',
      'vaccinations',
      'dosage',
      'ailment',
      'ailments',
      'injury',
      'injuries',
      'icd',
    ] as const
  ).map((w): [string, SpecialKind] => [w, 'health data']),
  ['religion', 'religious belief'],
  ['religions', 'religious belief'],
  ['ethnicity', 'ethnic origin'],
  ['ethnicities', 'ethnic origin'],
  ['sexuality', 'sexuality'],
  ['dna', 'genetic data'],
  ['genome', 'genetic data'],
  ['genotype', 'genetic data'],
  ['genetics', 'genetic data'],
  ['biometrics', 'biometric data'],
  ['voiceprint', 'biometric data'],
  ['faceprint', 'biometric data'],
]);

/** After a special head, words that only say which part of it (`diagnosisCode`, `dnaResults`). */
const PART_WORDS = new Set([
  'code',
  'codes',
  'name',
  'names',
  'data',
  'info',
  'details',
  'detail',
  'text',
  'note',
  'notes',
  'list',
  'result',
  'results',
  'record',
  'records',
  'history',
  'description',
  'value',
  'values',
  'template',
  'templates',
  'scan',
  'scans',
  'test',
  'tests',
  'report',
  'reports',
  'profile',
  'group',
  'groups',
  'type',
  'types',
  'date',
  'reason',
  'level',
  'status',
  'background',
  'origin',
  'marker',
  'markers',
  'views',
  'view',
  'opinion',
  'opinions',
  'affiliation',
  'party',
  'leaning',
  'belief',
  'beliefs',
  'member',
  'membership',
  'preference',
  'issues',
  'issue',
  'problems',
  'problem',
  'condition',
  'conditions',
  'pressure',
  'sugar',
  'glucose',
  'orientation',
  'health',
]);

/** Qualifiers that make a part word special: `medicalHistory`, `bloodType`, `politicalParty`. */
const QUALIFIERS: ReadonlyMap<string, SpecialKind> = new Map<string, SpecialKind>([
  ['medical', 'health data'],
  ['clinical', 'health data'],
  ['mental', 'health data'],
  ['psychiatric', 'health data'],
  ['chronic', 'health data'],
  ['blood', 'health data'],
  ['religious', 'religious belief'],
  ['ethnic', 'ethnic origin'],
  ['racial', 'ethnic origin'],
  ['sexual', 'sexuality'],
  ['political', 'political opinion'],
  ['union', 'union membership'],
  ['genetic', 'genetic data'],
  ['biometric', 'biometric data'],
]);

/** `health` qualifies only a person's record: `healthHistory`, not a service's `healthStatus` or a `healthScore`. */
const HEALTH_RECORD_WORDS = new Set([
  'history',
  'record',
  'records',
  'condition',
  'conditions',
  'issues',
  'problems',
]);

/** Words that mean "a person's": with them a weak head is strong (`patientRace`). */
const PERSONAL_QUALIFIERS = new Set(['user', 'patient', 'member', 'customer', 'person', 'employee', 'my']);

/** What kind of special-category data words name, and whether only weakly (`race`); undefined for none. */
export function specialOf(words: readonly string[]): { kind: SpecialKind; weak: boolean } | undefined {
  const n = words.length;
  if (n === 0) return undefined;
  const head = words[n - 1];
  const prev = n > 1 ? words[n - 2] : '';
  const own = HEADS.get(head);
  if (own) return { kind: own, weak: false };
  if (head === 'race') return { kind: 'ethnic origin', weak: !PERSONAL_QUALIFIERS.has(prev) };
  // `reasonForVisit`, `visit_reason`, `chiefComplaint`: why a patient came.
  if ((head === 'visit' && words.includes('reason')) || (head === 'reason' && prev === 'visit'))
    return { kind: 'health data', weak: false };
  if (head === 'complaint' && (prev === 'chief' || prev === 'presenting'))
    return { kind: 'health data', weak: false };
  if (head === 'union' && (prev === 'trade' || prev === 'labor' || prev === 'labour'))
    return { kind: 'union membership', weak: false };
  if (prev === 'health' && HEALTH_RECORD_WORDS.has(head)) return { kind: 'health data', weak: false };
  if (!PART_WORDS.has(head) || n < 2) return undefined;
  const before = HEADS.get(prev);
  if (before) return { kind: before, weak: false };
  if (prev === 'race') return { kind: 'ethnic origin', weak: false };
  // `tradeUnionMember`, `union_membership`: a union qualifier needs a membership head or "trade".
  if (prev === 'union' && !(head === 'member' || head === 'membership' || words.includes('trade')))
    return undefined;
  // `mentalHealth` (the one qualifier of `health`); `medicalHistory`, `bloodType`, `politicalParty`.
  if (head === 'health') return prev === 'mental' ? { kind: 'health data', weak: false } : undefined;
  const qualified = QUALIFIERS.get(prev);
  return qualified ? { kind: qualified, weak: false } : undefined;
}

/** The kind of special-category data a name holds, or undefined (`symptoms` → health). */
export function specialKind(name: string): SpecialKind | undefined {
  return specialOf(splitWords(name))?.kind;
}
