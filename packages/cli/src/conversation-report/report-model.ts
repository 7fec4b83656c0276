import {
  HARM_LABELS,
  RISK_LABELS,
  type AuthorProfile,
  type ConversationAnalysis,
  type Hotline,
  type RiskLevel,
} from '@raksa/detect';
import { helpForHarms } from './help-for-harms.ts';
import { segmentMessage, type Segment } from './highlight.ts';
import {
  FEATURE_LABELS,
  formatPercent,
  formatTime,
  localDigits,
  REPORT_STRINGS,
  ROLE_LABELS,
  STAGE_LABELS,
  type ReportLanguage,
  type ReportStrings,
} from './strings.ts';

export interface ReportOptions {
  language: ReportLanguage;
  /** ISO country of the reader, for hotlines. */
  country?: string;
  /** Whether the analysis was redacted (the report says so). */
  redacted?: boolean;
  /** How many problems the importer reported (the report says lines may be missing). */
  importWarnings?: number;
  /** The chat's title as the export gives it (already redacted when asked). */
  title?: string | null;
}

export interface PersonRow {
  name: string;
  role: AuthorProfile['role'];
  roleLabel: string;
  details: string[];
}

export interface StageRow {
  number: number;
  harmLabel: string;
  stageLabel: string;
  when: string;
  messageNumber: number;
  author: string;
  evidence: string[];
}

export interface KeyMessageRow {
  messageNumber: number;
  author: string;
  when: string;
  risk: RiskLevel;
  labels: string[];
  segments: Segment[];
}

/** What the summary and the report say, computed once; the renderers only lay it out. */
export interface ReportModel {
  language: ReportLanguage;
  strings: ReportStrings;
  title: string | null;
  risk: RiskLevel;
  riskLabel: string;
  narrative: string[];
  harms: { label: string; score: number }[];
  people: PersonRow[];
  stages: StageRow[];
  keyMessages: KeyMessageRow[];
  steps: readonly string[];
  advice: string[];
  hotlines: Hotline[];
  hotlineNote: string | null;
  notes: string[];
  analysis: ConversationAnalysis;
}

const MAX_EVIDENCE_QUOTE = 120;

function quote(text: string): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length > MAX_EVIDENCE_QUOTE ? `${flat.slice(0, MAX_EVIDENCE_QUOTE)}…` : flat;
}

function personDetails(profile: AuthorProfile, strings: ReportStrings, language: ReportLanguage): string[] {
  const details = [strings.messagesCount(profile.messages)];
  const ages = [...new Set(profile.statedAges)];
  if (ages.length > 0) details.push(strings.statedAge(ages.map((age) => localDigits(age, language)).join(', ')));
  if (profile.lateNightShare > 0) details.push(strings.lateNight(formatPercent(profile.lateNightShare, language)));
  for (const harm of profile.harms.slice(0, 3)) details.push(HARM_LABELS[harm.type][language]);
  return details;
}

function narrative(analysis: ConversationAnalysis, strings: ReportStrings, language: ReportLanguage): string[] {
  const sentences: string[] = [];
  const first = formatTime(analysis.span.first, language, false);
  const last = formatTime(analysis.span.last, language, false);
  sentences.push(
    first !== '' && last !== '' ? strings.read(analysis.messages, first, last) : strings.readUndated(analysis.messages),
  );
  if (analysis.harms.length === 0) {
    sentences.push(strings.noHarms);
    return sentences;
  }
  sentences.push(strings.harmsFound(analysis.harms.map((harm) => HARM_LABELS[harm.type][language])));
  if (analysis.offender !== null)
    sentences.push(
      analysis.target !== null
        ? strings.offenderAndTarget(analysis.offender, analysis.target)
        : strings.offenderOnly(analysis.offender),
    );
  sentences.push(
    analysis.alert === null
      ? strings.noAlert
      : strings.alertAt(analysis.alert.messageIndex + 1, formatTime(analysis.alert.time, language)),
  );
  return sentences;
}

/** Orders people: likely offender, likely target, then the others by number of messages. */
function roleOrder(profile: AuthorProfile): number {
  return profile.role === 'likely_offender' ? 0 : profile.role === 'likely_target' ? 1 : 2;
}

/** The report's content in the chosen language, from an analysis (redact it first if asked). */
export function buildReportModel(analysis: ConversationAnalysis, options: ReportOptions): ReportModel {
  const { language } = options;
  const strings = REPORT_STRINGS[language];
  const help = helpForHarms(
    analysis.harms.map((harm) => harm.type),
    language,
    options.country,
  );
  const people = [...analysis.authors]
    .sort((a, b) => roleOrder(a) - roleOrder(b) || b.messages - a.messages)
    .map((profile) => ({
      name: profile.author,
      role: profile.role,
      roleLabel: ROLE_LABELS[profile.role][language],
      details: personDetails(profile, strings, language),
    }));
  const stages = analysis.stages.map((stage, i) => ({
    number: i + 1,
    harmLabel: HARM_LABELS[stage.harm][language],
    stageLabel: STAGE_LABELS[stage.stage][language],
    when: formatTime(stage.time, language),
    messageNumber: stage.messageIndex + 1,
    author: stage.author,
    evidence: [...new Set(stage.evidence.map((evidence) => quote(evidence.text)))].filter((text) => text !== ''),
  }));
  const keyMessages = analysis.keyMessages.map((message) => {
    const spans = [
      ...message.harms.flatMap((harm) => harm.indicators.flatMap((indicator) => indicator.evidence)),
      ...message.features.flatMap((feature) => feature.evidence),
    ];
    return {
      messageNumber: message.messageIndex + 1,
      author: message.author,
      when: formatTime(message.time, language),
      risk: message.risk,
      labels: [
        ...message.harms.map((harm) => HARM_LABELS[harm.type][language]),
        ...message.features.map((feature) => FEATURE_LABELS[feature.code][language]),
      ],
      segments: segmentMessage(message.text, spans),
    };
  });
  const notes: string[] = [];
  if (options.redacted === true) notes.push(strings.redactedNote);
  if ((options.importWarnings ?? 0) > 0) notes.push(strings.importWarnings(options.importWarnings ?? 0));
  const country = (options.country ?? '').toUpperCase();
  const hasNational = help.hotlines.some((hotline) => hotline.country === country);
  return {
    language,
    strings,
    title: options.title ?? null,
    risk: analysis.risk,
    riskLabel: RISK_LABELS[analysis.risk][language],
    narrative: narrative(analysis, strings, language),
    harms: analysis.harms.map((harm) => ({ label: HARM_LABELS[harm.type][language], score: harm.score })),
    people,
    stages,
    keyMessages,
    steps: analysis.harms.length > 0 ? strings.safetySteps : strings.noDangerSteps,
    advice: help.advice,
    hotlines: help.hotlines,
    hotlineNote: analysis.harms.length > 0 && !hasNational ? strings.noHotlines(country) : null,
    notes,
    analysis,
  };
}
