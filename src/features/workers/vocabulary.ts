// The fixed lists people choose from; each code has a message `<list>.<code>` in the catalogue.

export const workLocations = ['home', 'centre'] as const;
export type WorkLocation = (typeof workLocations)[number];

/** Kinds of work the programme takes (see DOMAIN.md): skills are declared and verified per kind. */
export const skillCodes = [
  'data_entry',
  'transcription',
  'bookkeeping',
  'design',
  'web',
  'writing',
  'proofreading',
  'translation',
  'phone',
  'survey',
  'ai_data',
] as const;
export type SkillCode = (typeof skillCodes)[number];

/** Standard accommodations (合理的配慮) a person can ask for; free text covers the rest. */
export const accommodationCodes = [
  'text_only',
  'no_phone',
  'frequent_breaks',
  'large_text',
  'screen_reader',
  'step_free',
  'with_supporter',
] as const;
export type AccommodationCode = (typeof accommodationCodes)[number];

/** Self-identification that is not sensitive data. Disability is asked separately, with its own consent. */
export const targetGroupCodes = ['childcare', 'care', 'elderly', 'hikikomori', 'moved_in'] as const;
export type TargetGroupCode = (typeof targetGroupCodes)[number];
