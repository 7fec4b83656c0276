import type { ConversationAnalysis, ConversationMessage, Evidence, HarmFinding } from '@raksa/detect';

/**
 * For tests only: a hand-made, realistic grooming conversation and the analysis the engine gives
 * for it, with evidence spans computed from the texts (so they are right by construction). All
 * names, numbers and handles are invented.
 */
export const GROOMING_MESSAGES: ConversationMessage[] = [
  { author: 'Kevin Lim', time: '2024-03-02T16:05:00', text: 'hey Sophea, saw ur dance video, ur really good 😊' },
  { author: 'Sophea', time: '2024-03-02T16:20:00', text: 'thank you!! who are you?' },
  { author: 'Kevin Lim', time: '2024-03-02T16:21:00', text: 'Kevin, 19, i dance too. how old r u?' },
  { author: 'Sophea', time: '2024-03-02T16:25:00', text: "I'm 13, grade 7" },
  { author: 'Kevin Lim', time: '2024-03-05T22:40:00', text: 'do ur parents check ur phone at night?' },
  { author: 'Sophea', time: '2024-03-05T22:45:00', text: 'no they sleep early' },
  {
    author: 'Kevin Lim',
    time: '2024-03-05T22:47:00',
    text: "this is our secret ok, don't tell anyone. add me on telegram @kevin_dance99 or call +855 12 345 678",
  },
  { author: 'Sophea', time: '2024-03-06T07:10:00', text: 'ok Kevin' },
  { author: 'Kevin Lim', time: '2024-03-09T23:15:00', text: 'send me a pic of u in bed, just for me' },
  { author: 'Kevin Lim', time: '2024-03-09T23:16:00', text: 'i can buy u a new phone if u meet me saturday' },
];

function evidenceIn(messageIndex: number, phrase: string): Evidence {
  const text = GROOMING_MESSAGES[messageIndex]?.text ?? '';
  const start = text.indexOf(phrase);
  if (start === -1) throw new Error(`fixture: "${phrase}" not in message ${messageIndex}`);
  return { start, end: start + phrase.length, text: phrase };
}

function grooming(score: number, evidence: Evidence[]): HarmFinding {
  return {
    type: 'grooming',
    score,
    indicators: [
      {
        id: 'grooming.secrecy_and_images',
        label: 'Asks a child for secrecy and pictures',
        explanation: 'Adults who ask a child to keep a secret and send pictures are grooming them.',
        weight: 2.1,
        evidence,
      },
    ],
  };
}

const spanOf = ({ start, end }: Evidence): { start: number; end: number } => ({ start, end });

type ConversationFinding = ConversationAnalysis['harms'][number];

/** The conversation-level finding: its evidence names the messages it is in. */
function conversationGrooming(
  score: number,
  evidence: { messageIndex: number; phrase: string }[],
): ConversationFinding {
  const finding = grooming(score, []);
  return {
    ...finding,
    actor: 'Kevin Lim',
    indicators: finding.indicators.map((indicator) => ({
      ...indicator,
      evidence: evidence.map(({ messageIndex, phrase }) => ({ ...evidenceIn(messageIndex, phrase), messageIndex })),
    })),
  };
}

const message = (index: number): ConversationMessage => GROOMING_MESSAGES[index] as ConversationMessage;

export function groomingAnalysis(): ConversationAnalysis {
  return {
    messages: GROOMING_MESSAGES.length,
    authors: [
      {
        author: 'Kevin Lim',
        messages: 6,
        initiations: 3,
        statedAges: [19],
        lateNightShare: 4 / 6,
        risk: 'critical',
        harms: [grooming(0.94, [evidenceIn(6, 'this is our secret'), evidenceIn(8, 'send me a pic')])],
        role: 'likely_offender',
      },
      {
        author: 'Sophea',
        messages: 4,
        initiations: 0,
        statedAges: [13],
        lateNightShare: 0.5,
        risk: 'none',
        harms: [],
        role: 'likely_target',
      },
    ],
    risk: 'critical',
    harms: [
      conversationGrooming(0.94, [
        { messageIndex: 6, phrase: 'this is our secret' },
        { messageIndex: 8, phrase: 'send me a pic' },
      ]),
    ],
    offender: 'Kevin Lim',
    target: 'Sophea',
    alert: { messageIndex: 6, time: message(6).time, harm: 'grooming' },
    stages: [
      {
        harm: 'grooming',
        stage: 'contact',
        messageIndex: 0,
        time: message(0).time,
        author: 'Kevin Lim',
        evidence: [evidenceIn(0, 'saw ur dance video')],
      },
      {
        harm: 'grooming',
        stage: 'risk_assessment',
        messageIndex: 4,
        time: message(4).time,
        author: 'Kevin Lim',
        evidence: [evidenceIn(4, 'do ur parents check ur phone')],
      },
      {
        harm: 'grooming',
        stage: 'exclusivity',
        messageIndex: 6,
        time: message(6).time,
        author: 'Kevin Lim',
        evidence: [evidenceIn(6, 'this is our secret'), evidenceIn(6, "don't tell anyone")],
      },
      {
        harm: 'grooming',
        stage: 'image_request',
        messageIndex: 8,
        time: message(8).time,
        author: 'Kevin Lim',
        evidence: [evidenceIn(8, 'send me a pic of u in bed')],
      },
      {
        harm: 'grooming',
        stage: 'meeting_or_coercion',
        messageIndex: 9,
        time: message(9).time,
        author: 'Kevin Lim',
        evidence: [evidenceIn(9, 'meet me saturday')],
      },
    ],
    timeline: [0, 0.05, 0.08, 0.2, 0.45, 0.45, 0.86, 0.86, 0.93, 0.95].map((risk, messageIndex) => ({
      messageIndex,
      time: message(messageIndex).time,
      risk,
    })),
    keyMessages: [3, 4, 6, 8].map((index) => ({
      messageIndex: index,
      author: message(index).author,
      time: message(index).time,
      text: message(index).text,
      risk: index === 3 ? 'none' : index === 4 ? 'low' : 'critical',
      harms:
        index === 6
          ? [grooming(0.86, [evidenceIn(6, 'this is our secret')])]
          : index === 8
            ? [grooming(0.9, [evidenceIn(8, 'send me a pic')])]
            : [],
      features:
        index === 3
          ? [{ code: 'age_statement', evidence: [evidenceIn(3, "I'm 13")] }]
          : index === 4
            ? [{ code: 'parental_check', evidence: [evidenceIn(4, 'do ur parents check ur phone')] }]
            : index === 6
              ? [
                  { code: 'secrecy_request', evidence: [evidenceIn(6, "don't tell anyone")] },
                  { code: 'platform_move', evidence: [evidenceIn(6, 'add me on telegram @kevin_dance99')] },
                ]
              : [{ code: 'image_request', evidence: [evidenceIn(8, 'send me a pic')] }],
    })),
    entities: [
      {
        type: 'handle',
        value: '@kevin_dance99',
        normalized: 'telegram:kevin_dance99',
        ...spanOf(evidenceIn(6, '@kevin_dance99')),
        messageIndex: 6,
        details: { kind: 'telegram' },
      },
      {
        type: 'phone',
        value: '+855 12 345 678',
        normalized: '+85512345678',
        ...spanOf(evidenceIn(6, '+855 12 345 678')),
        messageIndex: 6,
        details: { country: 'KH', kind: 'mobile' },
      },
      {
        type: 'age',
        value: "I'm 13",
        normalized: '13',
        ...spanOf(evidenceIn(3, "I'm 13")),
        messageIndex: 3,
        details: { years: 13 },
      },
    ],
    span: { first: message(0).time, last: message(9).time },
  };
}

/** A conversation with nothing to find. */
export function quietAnalysis(): ConversationAnalysis {
  return {
    messages: 2,
    authors: [
      {
        author: 'Mum',
        messages: 1,
        initiations: 1,
        statedAges: [],
        lateNightShare: 0,
        risk: 'none',
        harms: [],
        role: 'other',
      },
      {
        author: 'Dara',
        messages: 1,
        initiations: 0,
        statedAges: [],
        lateNightShare: 0,
        risk: 'none',
        harms: [],
        role: 'other',
      },
    ],
    risk: 'none',
    harms: [],
    offender: null,
    target: null,
    alert: null,
    stages: [],
    timeline: [
      { messageIndex: 0, time: null, risk: 0.02 },
      { messageIndex: 1, time: null, risk: 0.02 },
    ],
    keyMessages: [],
    entities: [],
    span: { first: null, last: null },
  };
}
