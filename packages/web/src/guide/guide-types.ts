export const GUIDE_IDS = ['fake-jobs', 'romance', 'grooming', 'sextortion', 'loans'] as const;
export type GuideId = (typeof GUIDE_IDS)[number];

export interface Guide {
  title: string;
  summary: string;
  howItWorks: string[];
  warningSigns: string[];
  whatToDo: string[];
}

export type GuideSet = Record<GuideId, Guide>;

export function isGuideId(value: string): value is GuideId {
  return (GUIDE_IDS as readonly string[]).includes(value);
}
