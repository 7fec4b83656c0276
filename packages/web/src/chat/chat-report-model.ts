/**
 * What the chat report shows, in the reader's language, from the worker's analysis: the plain
 * summary, who is who, the stages, the key messages split into plain text and evidence. The
 * components only lay it out. Same content as the CLI's HTML report.
 */
import { HARM_LABELS, RISK_LABELS, type AuthorProfile, type ConversationAnalysis, type RiskLevel } from '@raksa/detect';
import { format } from '../i18n/language.ts';
import type { ChatStrings } from './chat-strings-en.ts';
import type { UiLanguage } from '../i18n/language.ts';
import { formatCount, formatPercent, formatTime, localDigits } from './local-format.ts';
import { segmentMessage, type Segment } from './segment-message.ts';

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
  messageLabel: string;
  author: string;
  evidence: string[];
}

export interface KeyMessageRow {
  messageNumber: number;
  messageLabel: string;
  author: string;
  when: string;
  risk: RiskLevel;
  labels: string[];
  segments: Segment[];
}

export interface ChatReportModel {
  risk: RiskLevel;
  riskLabel: string;
  narrative: string[];
  harms: { type: string; label: string; percent: string }[];
  people: PersonRow[];
  stages: StageRow[];
  keyMessages: KeyMessageRow[];
}

const MAX_EVIDENCE_QUOTE = 120;

function quote(text: string): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length > MAX_EVIDENCE_QUOTE ? `${flat.slice(0, MAX_EVIDENCE_QUOTE)}…` : flat;
}

/** Orders people: likely offender, likely target, then the others by number of messages. */
function roleOrder(profile: AuthorProfile): number {
  return profile.role === 'likely_offender' ? 0 : profile.role === 'likely_target' ? 1 : 2;
}

function personDetails(profile: AuthorProfile, strings: ChatStrings, language: UiLanguage): string[] {
  const details = [format(strings.messagesCount, { count: formatCount(profile.messages, language) })];
  const ages = [...new Set(profile.statedAges)];
  if (ages.length > 0)
    details.push(format(strings.statedAge, { ages: ages.map((age) => localDigits(age, language)).join(', ') }));
  if (profile.lateNightShare > 0)
    details.push(format(strings.lateNight, { share: formatPercent(profile.lateNightShare, language) }));
  for (const harm of profile.harms.slice(0, 3)) details.push(HARM_LABELS[harm.type][language]);
  return details;
}

function narrative(analysis: ConversationAnalysis, strings: ChatStrings, language: UiLanguage): string[] {
  const messages = formatCount(analysis.messages, language);
  const first = formatTime(analysis.span.first, language, false);
  const last = formatTime(analysis.span.last, language, false);
  const sentences = [
    first !== '' && last !== ''
      ? format(strings.read, { messages, first, last })
      : format(strings.readUndated, { messages }),
  ];
  if (analysis.harms.length === 0) return [...sentences, strings.noHarms];
  const separator = language === 'km' ? ' និង ' : '; ';
  sentences.push(
    format(strings.harmsFound, {
      labels: analysis.harms.map((harm) => HARM_LABELS[harm.type][language]).join(separator),
    }),
  );
  if (analysis.offender !== null)
    sentences.push(
      analysis.target !== null
        ? format(strings.offenderAndTarget, { offender: analysis.offender, target: analysis.target })
        : format(strings.offenderOnly, { offender: analysis.offender }),
    );
  if (analysis.alert === null) sentences.push(strings.noAlert);
  else {
    const time = formatTime(analysis.alert.time, language);
    sentences.push(
      format(strings.alertAt, {
        number: formatCount(analysis.alert.messageIndex + 1, language),
        time: time === '' ? '' : ` (${time})`,
      }),
    );
  }
  return sentences;
}

export function buildChatReportModel(
  analysis: ConversationAnalysis,
  chat: ChatStrings,
  language: UiLanguage,
): ChatReportModel {
  const messageLabel = (index: number): string =>
    format(chat.messageNumber, { number: formatCount(index + 1, language) });
  return {
    risk: analysis.risk,
    riskLabel: RISK_LABELS[analysis.risk][language],
    narrative: narrative(analysis, chat, language),
    harms: analysis.harms.map((harm) => ({
      type: harm.type,
      label: HARM_LABELS[harm.type][language],
      percent: formatPercent(harm.score, language),
    })),
    people: [...analysis.authors]
      .sort((a, b) => roleOrder(a) - roleOrder(b) || b.messages - a.messages)
      .map((profile) => ({
        name: profile.author,
        role: profile.role,
        roleLabel: chat.roleLabels[profile.role],
        details: personDetails(profile, chat, language),
      })),
    stages: analysis.stages.map((stage, index) => ({
      number: index + 1,
      harmLabel: HARM_LABELS[stage.harm][language],
      stageLabel: chat.stageLabels[stage.stage],
      when: formatTime(stage.time, language),
      messageLabel: messageLabel(stage.messageIndex),
      author: stage.author,
      evidence: [...new Set(stage.evidence.map((evidence) => quote(evidence.text)))].filter((text) => text !== ''),
    })),
    keyMessages: analysis.keyMessages.map((message) => ({
      messageNumber: message.messageIndex + 1,
      messageLabel: messageLabel(message.messageIndex),
      author: message.author,
      when: formatTime(message.time, language),
      risk: message.risk,
      labels: [
        ...message.harms.map((harm) => HARM_LABELS[harm.type][language]),
        ...message.features.map((feature) => chat.featureLabels[feature.code]),
      ],
      segments: segmentMessage(message.text, [
        ...message.harms.flatMap((harm) => harm.indicators.flatMap((indicator) => indicator.evidence)),
        ...message.features.flatMap((feature) => feature.evidence),
      ]),
    })),
  };
}
