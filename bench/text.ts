/** Synthetic drafts for benchmarks: clinician-like sentences with some PHI, repeated to any length. */
const SENTENCES = [
  'Reminder that our flu clinic runs every Saturday this month in the main lobby.',
  'Had a patient today, Maria Lopez, 67, admitted on 3/14/25 with chest pain.',
  'Call the front desk at (555) 201-3344 if you have questions about screening.',
  'Her daughter Ana emailed me at ana.lopez+mom@example.com to say thanks.',
  'Wash your hands for twenty seconds and stay home when you are sick.',
  'MRN 00482913 was on the sticker, so I shredded it before the shift ended.',
  'Proud of our night team: they handled eleven admissions without a single fall!',
  'Sunscreen every day, even when it is cloudy; reapply every two hours outdoors.',
  'A 92 year old gentleman from Sun City told me the secret is walking daily.',
  'Mr. Okafor in bed 7 finally got his pacemaker, serial PM-88213-X, on Tuesday.',
];

export function draftOfLength(n: number): string {
  let out = '';
  let i = 0;
  // A numbered tag per sentence: real drafts do not repeat, so no paragraph may hit the checker's cache.
  while (out.length < n) out += `${SENTENCES[i % SENTENCES.length]} (${++i})` + (i % 4 === 0 ? '\n\n' : ' ');
  return out.slice(0, n);
}
