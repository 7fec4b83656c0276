import type { AuthorProfile, ConversationFeatureCode, ConversationStage } from '@raksa/detect';

/** The languages of the conversation summary and report. */
export type ReportLanguage = 'en' | 'km';

type Localized = Record<ReportLanguage, string>;

/** Plain names of every stage of every harm's script. */
export const STAGE_LABELS: Record<ConversationStage, Localized> = {
  contact: { en: 'First contact', km: 'ការទាក់ទងលើកដំបូង' },
  trust: { en: 'Building trust', km: 'ការកសាងទំនុកចិត្ត' },
  risk_assessment: {
    en: 'Checking whether adults are watching',
    km: 'ការស៊ើបសួរថាតើមានមនុស្សធំតាមដានឬទេ',
  },
  exclusivity: { en: 'Secrecy, "only you and me"', km: 'ការសុំឱ្យលាក់ការសម្ងាត់ "មានតែយើងពីរនាក់"' },
  sexualisation: { en: 'Sexual talk', km: 'ការនិយាយរឿងផ្លូវភេទ' },
  image_request: { en: 'Asking for pictures', km: 'ការសុំរូបថត' },
  meeting_or_coercion: { en: 'Asking to meet, or pressure', km: 'ការសុំជួបផ្ទាល់ ឬការបង្ខិតបង្ខំ' },
  image_obtained: { en: 'Has, or says they have, private pictures', km: 'មាន ឬអះអាងថាមានរូបភាពឯកជន' },
  threat: { en: 'Threat', km: 'ការគំរាមកំហែង' },
  demand: { en: 'Demand (money or more pictures)', km: 'ការទាមទារ (លុយ ឬរូបភាពបន្ថែម)' },
  deadline: { en: 'Deadline', km: 'ការកំណត់ពេលវេលាបង្ខំ' },
  escalation: { en: 'Escalation', km: 'ការគំរាមកាន់តែខ្លាំងឡើង' },
  offer: { en: 'Offer', km: 'ការផ្តល់ជូន' },
  channel_move: { en: 'Moving to another app', km: 'ការប្តូរទៅកម្មវិធីផ្សេង' },
  document_request: { en: 'Asking for a passport or ID', km: 'ការសុំលិខិតឆ្លងដែន ឬអត្តសញ្ញាណប័ណ្ណ' },
  travel_arrangement: { en: 'Arranging travel', km: 'ការរៀបចំការធ្វើដំណើរ' },
  border_crossing: { en: 'Crossing a border', km: 'ការឆ្លងព្រំដែន' },
  affection: { en: 'Declarations of love', km: 'ការបង្ហាញសេចក្តីស្រឡាញ់' },
  travel_invitation: { en: 'Invitation to travel', km: 'ការអញ្ជើញឱ្យធ្វើដំណើរ' },
  money_or_documents: { en: 'Asking for money or documents', km: 'ការសុំលុយ ឬឯកសារ' },
  pitch: { en: 'Sales pitch (investment, prize)', km: 'ការបញ្ចុះបញ្ចូល (វិនិយោគ ឬរង្វាន់)' },
  payment_request: { en: 'Asking for a payment', km: 'ការសុំឱ្យបង់ប្រាក់' },
  debt: { en: 'Debt', km: 'បំណុល' },
  image_or_sex_demand: { en: 'Demanding pictures or sex', km: 'ការទាមទាររូបភាព ឬផ្លូវភេទ' },
};

/** Plain names of the conversation-level signals a message can show. */
export const FEATURE_LABELS: Record<ConversationFeatureCode, Localized> = {
  age_statement: { en: 'states an age', km: 'ប្រាប់អាយុ' },
  platform_move: { en: 'moves to another app', km: 'ប្តូរទៅកម្មវិធីផ្សេង' },
  secrecy_request: { en: 'asks for secrecy', km: 'សុំឱ្យលាក់ការសម្ងាត់' },
  gift_or_money: { en: 'gifts or money', km: 'កាដូ ឬលុយ' },
  image_request: { en: 'asks for pictures', km: 'សុំរូបថត' },
  meeting_request: { en: 'asks to meet', km: 'សុំជួបផ្ទាល់' },
  threat: { en: 'threat', km: 'គំរាមកំហែង' },
  deadline: { en: 'deadline', km: 'កំណត់ពេលវេលា' },
  payment_request: { en: 'asks for a payment', km: 'សុំឱ្យបង់ប្រាក់' },
  late_night: { en: 'late at night', km: 'ពេលយប់ជ្រៅ' },
  parental_check: { en: 'asks about parents', km: 'សួរពីឪពុកម្តាយ' },
  document_request: { en: 'asks for documents', km: 'សុំឯកសារ' },
  travel_arrangement: { en: 'arranges travel', km: 'រៀបចំការធ្វើដំណើរ' },
};

export const ROLE_LABELS: Record<AuthorProfile['role'], Localized> = {
  likely_offender: { en: 'Likely offender', km: 'ទំនងជាជនល្មើស' },
  likely_target: { en: 'Likely target', km: 'ទំនងជាជនរងគ្រោះ' },
  other: { en: 'Other participant', km: 'អ្នកចូលរួមផ្សេងទៀត' },
};

const KHMER_MONTHS = ['មករា', 'កុម្ភៈ', 'មីនា', 'មេសា', 'ឧសភា', 'មិថុនា', 'កក្កដា', 'សីហា', 'កញ្ញា', 'តុលា', 'វិច្ឆិកា', 'ធ្នូ'];
const ENGLISH_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const KHMER_DIGITS = '០១២៣៤៥៦៧៨៩';

/** Digits as the language writes them (Khmer numerals for Khmer). */
export function localDigits(value: string | number, language: ReportLanguage): string {
  const text = String(value);
  if (language === 'en') return text;
  return text.replace(/\d/gu, (digit) => KHMER_DIGITS[Number(digit)] ?? digit);
}

const ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/u;

/**
 * A message time as people read it, in the clock the export wrote it in (no time-zone
 * conversion: a WhatsApp export's 21:41 stays 21:41). Unknown or unparsable times give "".
 */
export function formatTime(time: string | null, language: ReportLanguage, withClock = true): string {
  if (time === null) return '';
  const match = ISO_TIME.exec(time);
  if (match === null) return '';
  const [, year, month, day, hour, minute] = match;
  const monthIndex = Number(month) - 1;
  if (monthIndex < 0 || monthIndex > 11) return '';
  const clock = withClock && hour !== undefined && minute !== undefined ? `${hour}:${minute}` : '';
  if (language === 'km') {
    const date = `${localDigits(Number(day), 'km')} ${KHMER_MONTHS[monthIndex] ?? ''} ${localDigits(year ?? '', 'km')}`;
    return clock === '' ? date : `${date} ម៉ោង ${localDigits(clock, 'km')}`;
  }
  const date = `${Number(day)} ${ENGLISH_MONTHS[monthIndex] ?? ''} ${year ?? ''}`;
  return clock === '' ? date : `${date}, ${clock}`;
}

/** Percent of a 0..1 share, rounded, in the language's digits. */
export function formatPercent(share: number, language: ReportLanguage): string {
  return `${localDigits(Math.round(share * 100), language)}%`;
}

/** Every sentence and heading of the summary and the report. */
export interface ReportStrings {
  title: string;
  risk: string;
  whatIsHappening: string;
  whoIsWho: string;
  stages: string;
  timeline: string;
  keyMessages: string;
  whatToDo: string;
  whoCanHelp: string;
  read: (messages: number, first: string, last: string) => string;
  readUndated: (messages: number) => string;
  harmsFound: (labels: readonly string[]) => string;
  /** The colon after a heading word: ": " in English, "៖ " in Khmer. */
  colon: string;
  noHarms: string;
  offenderAndTarget: (offender: string, target: string) => string;
  offenderOnly: (offender: string) => string;
  alertAt: (messageNumber: number, time: string) => string;
  noAlert: string;
  messagesCount: (count: number) => string;
  statedAge: (ages: string) => string;
  lateNight: (share: string) => string;
  message: (messageNumber: number) => string;
  evidenceLegend: string;
  chartDescription: string;
  chartAxisMessages: string;
  chartAxisRisk: string;
  chartAlert: string;
  stageLegend: string;
  noStages: string;
  safetySteps: readonly string[];
  noDangerSteps: readonly string[];
  engineAdvice: string;
  noHotlines: (country: string) => string;
  notProof: string;
  footer: string;
  redactedNote: string;
  truncatedNote: string;
  importWarnings: (count: number) => string;
}

const EN: ReportStrings = {
  title: 'Raksa conversation report',
  risk: 'Risk',
  whatIsHappening: 'What is happening',
  whoIsWho: 'Who is who',
  stages: 'How it unfolded',
  timeline: 'Risk over time',
  keyMessages: 'The messages that show it',
  whatToDo: 'What to do now',
  whoCanHelp: 'Who can help',
  read: (messages, first, last) => `Raksa read ${messages.toLocaleString('en-US')} messages, from ${first} to ${last}.`,
  readUndated: (messages) => `Raksa read ${messages.toLocaleString('en-US')} messages (the export gives no dates).`,
  harmsFound: (labels) => `This conversation shows signs of: ${labels.join('; ')}.`,
  colon: ': ',
  noHarms:
    'No known danger signs were found in this conversation. That does not prove it is safe: Raksa only knows the signs it was taught.',
  offenderAndTarget: (offender, target) =>
    `The person who is most likely doing harm is ${offender}. The person most likely at risk is ${target}.`,
  offenderOnly: (offender) => `The person who is most likely doing harm is ${offender}.`,
  alertAt: (messageNumber, time) =>
    `The danger became high at message ${messageNumber.toLocaleString('en-US')}${time === '' ? '' : ` (${time})`}.`,
  noAlert: 'The danger never became high in this conversation.',
  messagesCount: (count) => `${count.toLocaleString('en-US')} messages`,
  statedAge: (ages) => `says they are ${ages}`,
  lateNight: (share) => `${share} of messages sent late at night (22:00–06:00)`,
  message: (messageNumber) => `message ${messageNumber.toLocaleString('en-US')}`,
  evidenceLegend: 'Highlighted words are the ones that made Raksa think so.',
  chartDescription:
    'The line shows how dangerous the conversation looked after each message (higher is more dangerous); the numbered marks are the stages listed below.',
  chartAxisMessages: 'messages',
  chartAxisRisk: 'risk',
  chartAlert: 'danger became high',
  stageLegend: 'Stages',
  noStages: 'No stage of a known script was seen.',
  safetySteps: [
    'Keep the evidence. Do not delete the chat or the account. Keep the exported file, and take screenshots that show the date, the time and the other person’s name, number or profile.',
    'Do not pay and do not send any more pictures, whatever they threaten. Paying rarely makes it stop.',
    'Do not confront or warn the other person: they may delete the chat, disappear, or put more pressure on the child or victim.',
    'Only after the evidence is saved: block the account and report it inside the app.',
    'Report it to the police or to one of the services below. If someone is in danger right now, call the emergency number.',
    'Talk calmly with the child or the person concerned. They are not to blame, and they did the right thing by telling you.',
  ],
  noDangerSteps: [
    'If something in this chat still worries you, keep the export and screenshots with dates, and talk to someone you trust or to a helpline.',
  ],
  engineAdvice: 'More advice for what Raksa found:',
  noHotlines: (country) =>
    country === ''
      ? 'Give your country with --country (for example --country KH) to see the hotlines near you.'
      : `Raksa knows no hotline in ${country} for this; call the police emergency number.`,
  notProof: 'This is a computer’s reading of the chat, not proof. A person must read the messages and decide.',
  footer:
    'Made by Raksa on this device. Nothing was uploaded: the chat was read and this report was written locally, without any internet connection.',
  redactedNote:
    'Names, phone numbers, e-mail addresses and account names are hidden in this report (Person A, Person B…).',
  truncatedNote: 'long message shortened; the evidence is kept',
  importWarnings: (count) =>
    `${count.toLocaleString('en-US')} problem(s) were found while reading the export; some lines may be missing.`,
};

const KM: ReportStrings = {
  title: 'របាយការណ៍វិភាគការជជែករបស់ Raksa',
  risk: 'កម្រិតហានិភ័យ',
  whatIsHappening: 'អ្វីដែលកំពុងកើតឡើង',
  whoIsWho: 'អ្នកណាជាអ្នកណា',
  stages: 'ដំណើររឿងតាមលំដាប់',
  timeline: 'ហានិភ័យតាមពេលវេលា',
  keyMessages: 'សារដែលបង្ហាញពីគ្រោះថ្នាក់',
  whatToDo: 'អ្វីដែលត្រូវធ្វើឥឡូវនេះ',
  whoCanHelp: 'អ្នកដែលអាចជួយបាន',
  read: (messages, first, last) => `Raksa បានអានសារចំនួន ${localDigits(messages, 'km')} ចាប់ពី ${first} ដល់ ${last}។`,
  readUndated: (messages) => `Raksa បានអានសារចំនួន ${localDigits(messages, 'km')} (ឯកសារនេះគ្មានកាលបរិច្ឆេទទេ)។`,
  harmsFound: (labels) => `ការជជែកនេះមានសញ្ញានៃ៖ ${labels.join(' និង ')}។`,
  colon: '៖ ',
  noHarms:
    'រកមិនឃើញសញ្ញាគ្រោះថ្នាក់ដែលគេស្គាល់នៅក្នុងការជជែកនេះទេ។ ប៉ុន្តែនេះមិនមែនបញ្ជាក់ថាមានសុវត្ថិភាពនោះទេ៖ Raksa ស្គាល់តែសញ្ញាដែលគេបានបង្រៀនវាប៉ុណ្ណោះ។',
  offenderAndTarget: (offender, target) =>
    `អ្នកដែលទំនងជាកំពុងធ្វើបាបគឺ ${offender}។ អ្នកដែលទំនងជាកំពុងស្ថិតក្នុងគ្រោះថ្នាក់គឺ ${target}។`,
  offenderOnly: (offender) => `អ្នកដែលទំនងជាកំពុងធ្វើបាបគឺ ${offender}។`,
  alertAt: (messageNumber, time) =>
    `គ្រោះថ្នាក់បានឡើងដល់កម្រិតខ្ពស់នៅសារទី ${localDigits(messageNumber, 'km')}${time === '' ? '' : ` (${time})`}។`,
  noAlert: 'គ្រោះថ្នាក់មិនបានឡើងដល់កម្រិតខ្ពស់នៅក្នុងការជជែកនេះទេ។',
  messagesCount: (count) => `សារចំនួន ${localDigits(count, 'km')}`,
  statedAge: (ages) => `ប្រាប់ថាខ្លួនអាយុ ${ages}ឆ្នាំ`,
  lateNight: (share) => `${share} នៃសារត្រូវបានផ្ញើនៅពេលយប់ជ្រៅ (ម៉ោង ២២:០០–០៦:០០)`,
  message: (messageNumber) => `សារទី ${localDigits(messageNumber, 'km')}`,
  evidenceLegend: 'ពាក្យដែលបានគូសពណ៌ គឺជាពាក្យដែលធ្វើឱ្យ Raksa គិតដូច្នេះ។',
  chartDescription:
    'ខ្សែនេះបង្ហាញថាការជជែកមើលទៅគ្រោះថ្នាក់កម្រិតណាបន្ទាប់ពីសារនីមួយៗ (កាន់តែខ្ពស់ កាន់តែគ្រោះថ្នាក់)។ សញ្ញាលេខគឺជាដំណាក់កាលដែលរៀបរាប់ខាងក្រោម។',
  chartAxisMessages: 'សារ',
  chartAxisRisk: 'ហានិភ័យ',
  chartAlert: 'គ្រោះថ្នាក់ឡើងខ្ពស់',
  stageLegend: 'ដំណាក់កាល',
  noStages: 'មិនឃើញដំណាក់កាលណាមួយនៃល្បិចដែលគេស្គាល់ទេ។',
  safetySteps: [
    'រក្សាទុកភស្តុតាង។ កុំលុបការជជែក ឬគណនី។ រក្សាទុកឯកសារដែលបាននាំចេញ ហើយថតរូបអេក្រង់ដែលឃើញកាលបរិច្ឆេទ ម៉ោង និងឈ្មោះ លេខទូរស័ព្ទ ឬប្រវត្តិរូបរបស់ម្ខាងទៀត។',
    'កុំបង់លុយ ហើយកុំផ្ញើរូបថតបន្ថែមទៀត ទោះបីគេគំរាមយ៉ាងណាក៏ដោយ។ ការបង់លុយកម្រធ្វើឱ្យគេឈប់ណាស់។',
    'កុំប្រឈមមុខ ឬព្រមានអ្នកនោះ៖ គេអាចលុបការជជែក បាត់ខ្លួន ឬដាក់សម្ពាធលើកុមារ ឬជនរងគ្រោះកាន់តែខ្លាំង។',
    'លុះត្រាតែរក្សាទុកភស្តុតាងរួចហើយ ទើបបិទ (block) គណនីនោះ ហើយរាយការណ៍វានៅក្នុងកម្មវិធី។',
    'រាយការណ៍ទៅប៉ូលិស ឬទៅសេវាណាមួយខាងក្រោម។ បើមាននរណាម្នាក់កំពុងមានគ្រោះថ្នាក់ឥឡូវនេះ សូមទូរស័ព្ទទៅលេខសង្គ្រោះបន្ទាន់។',
    'និយាយជាមួយកុមារ ឬអ្នកពាក់ព័ន្ធដោយស្ងប់ស្ងាត់។ គេមិនមែនជាអ្នកមានកំហុសទេ ហើយគេបានធ្វើត្រឹមត្រូវហើយដែលប្រាប់អ្នក។',
  ],
  noDangerSteps: [
    'បើមានអ្វីនៅក្នុងការជជែកនេះដែលនៅតែធ្វើឱ្យអ្នកព្រួយបារម្ភ សូមរក្សាទុកឯកសារនាំចេញ និងរូបថតអេក្រង់ដែលមានកាលបរិច្ឆេទ ហើយនិយាយជាមួយអ្នកដែលអ្នកទុកចិត្ត ឬខ្សែទូរស័ព្ទជំនួយ។',
  ],
  engineAdvice: 'ដំបូន្មានបន្ថែមសម្រាប់អ្វីដែល Raksa បានរកឃើញ៖',
  noHotlines: (country) =>
    country === ''
      ? 'សូមប្រាប់ប្រទេសរបស់អ្នកដោយ --country (ឧទាហរណ៍ --country KH) ដើម្បីមើលខ្សែទូរស័ព្ទជំនួយនៅជិតអ្នក។'
      : `Raksa មិនស្គាល់ខ្សែទូរស័ព្ទជំនួយសម្រាប់រឿងនេះនៅ ${country} ទេ សូមទូរស័ព្ទទៅលេខសង្គ្រោះបន្ទាន់របស់ប៉ូលិស។`,
  notProof: 'នេះជាការវិភាគដោយកុំព្យូទ័រ មិនមែនជាភស្តុតាងទេ។ ត្រូវមានមនុស្សអានសារទាំងនេះ ហើយសម្រេចចិត្ត។',
  footer:
    'របាយការណ៍នេះបង្កើតដោយ Raksa នៅលើឧបករណ៍នេះ។ គ្មានអ្វីត្រូវបានបញ្ជូនចេញទេ៖ ការជជែកត្រូវបានអាន ហើយរបាយការណ៍នេះត្រូវបានសរសេរនៅលើឧបករណ៍នេះផ្ទាល់ ដោយមិនប្រើអ៊ីនធឺណិតឡើយ។',
  redactedNote: 'ឈ្មោះ លេខទូរស័ព្ទ អ៊ីមែល និងឈ្មោះគណនី ត្រូវបានលាក់នៅក្នុងរបាយការណ៍នេះ (បុគ្គល ក បុគ្គល ខ…)។',
  truncatedNote: 'សារវែងត្រូវបានកាត់ឱ្យខ្លី ប៉ុន្តែភស្តុតាងនៅរក្សាទុក',
  importWarnings: (count) => `មានបញ្ហាចំនួន ${localDigits(count, 'km')} ពេលអានឯកសារនាំចេញ៖ បន្ទាត់ខ្លះអាចបាត់។`,
};

export const REPORT_STRINGS: Record<ReportLanguage, ReportStrings> = { en: EN, km: KM };
