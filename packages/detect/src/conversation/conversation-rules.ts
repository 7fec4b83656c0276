import type { LocalizedText } from '../indicators/schema.ts';
import type { Harm } from '../types.ts';
import type { Tag } from './analyze-message.ts';

/**
 * Facts about the people in a conversation that no single message shows: the person the actor
 * talks to said they are a child; the actor said they are an adult; the actor writes late at night;
 * the two only just met (an introduction or a "who are you?" early in the chat, hours or days ago),
 * or met only hours ago (`brand_new_contact`); only two people write (`one_to_one`: a private
 * chat, where a sextortion is set up, not a group of friends retelling what a stranger wrote).
 */
export type ConversationFact =
  'target_minor' | 'actor_adult' | 'late_night' | 'recent_contact' | 'brand_new_contact' | 'one_to_one';
export type Requirement = Tag | ConversationFact;

/**
 * A combination across the actor's messages and the facts of the conversation. Like the engine's
 * structural rules: every group must be satisfied, each by any one of its requirements.
 */
export interface ConversationRule {
  id: string;
  all: readonly (readonly Requirement[])[];
  weights: Partial<Record<Harm, number>>;
  label: LocalizedText;
  explanation: LocalizedText;
}

const PUSHES: readonly Requirement[] = ['secrecy', 'photo_request', 'sexual', 'meet_request', 'channel_move'];
/**
 * How a sextortion approach differs from friends swapping pictures: the request comes late at
 * night, with flirting, sexual words or secrecy, or after a move to another app.
 */
const INTIMATE_APPROACH: readonly Requirement[] = [
  'late_request',
  'romance',
  'sexual',
  'secrecy',
  'channel_move',
  'undress_request',
];
/** What makes a brand-new contact's approach intimate rather than friendly (not a mere app move or flirting). */
const UNDRESSING_APPROACH: readonly Requirement[] = ['late_request', 'sexual', 'secrecy', 'undress_request'];
/**
 * What sets a stranger's request to undress apart from a doctor's or a tailor's: it comes at
 * night, with flirting, sexual words or secrecy, or after a move to a private app.
 */
const COURTING: readonly Requirement[] = ['late_request', 'romance', 'secrecy', 'channel_move', 'trust'];

export const CONVERSATION_RULES: readonly ConversationRule[] = [
  {
    id: 'conversation.grooming.parental_check_to_child',
    all: [['parental_check'], ['target_minor']],
    weights: { grooming: 1.6 },
    label: { en: 'Checks on a child’s parents', km: 'ឆែកមើលឪពុកម្តាយរបស់កុមារ' },
    explanation: {
      en: 'Someone who knows they are talking to a child asks whether the parents are home or read the phone. This tests whether they can go further unseen.',
      km: 'អ្នកដែលដឹងថាខ្លួនកំពុងនិយាយជាមួយកុមារ សួរថាឪពុកម្តាយនៅផ្ទះទេ ឬមើលទូរស័ព្ទទេ។ នេះជាការសាកល្បងថាតើអាចបន្តទៅមុខដោយគ្មានគេឃើញបានឬទេ។',
    },
  },
  {
    id: 'conversation.grooming.check_then_push',
    all: [['parental_check'], PUSHES],
    weights: { grooming: 1.2 },
    label: { en: 'Checks who is watching, then asks for more', km: 'ឆែកមើលថាអ្នកណាកំពុងមើល រួចសុំបន្ថែម' },
    explanation: {
      en: 'Asking whether parents are around and, in the same conversation, for secrecy, pictures, a meeting or another app is the risk-assessment step of grooming.',
      km: 'ការសួរថាឪពុកម្តាយនៅក្បែរទេ ហើយក្នុងការសន្ទនាតែមួយ សុំឱ្យលាក់ការសម្ងាត់ សុំរូប សុំជួប ឬប្តូរកម្មវិធី គឺជាជំហានវាយតម្លៃហានិភ័យនៃការលួងលោម។',
    },
  },
  {
    id: 'conversation.grooming.adult_courts_child',
    all: [['actor_adult'], ['target_minor'], ['romance', 'trust', 'gift_offer', 'child_gift', ...PUSHES]],
    weights: { grooming: 2.0, child_sexual_exploitation: 0.5 },
    label: { en: 'An adult courts a child', km: 'មនុស្សពេញវ័យលួងលោមកុមារ' },
    explanation: {
      en: 'The writer said they are an adult, the other person said they are a child, and the adult flatters, gives gifts, asks for secrecy, pictures or a meeting.',
      km: 'អ្នកសរសេរបាននិយាយថាខ្លួនជាមនុស្សពេញវ័យ អ្នកម្ខាងទៀតនិយាយថាខ្លួនជាកុមារ ហើយមនុស្សពេញវ័យនោះបញ្ជោរ ឱ្យកាដូ សុំឱ្យលាក់ការសម្ងាត់ សុំរូប ឬសុំជួប។',
    },
  },
  {
    id: 'conversation.grooming.late_night_with_child',
    all: [['late_night'], ['target_minor'], ['romance', 'trust', 'secrecy', 'photo_request', 'sexual']],
    weights: { grooming: 0.8 },
    label: { en: 'Late-night messages to a child', km: 'សារពេលយប់ជ្រៅទៅកុមារ' },
    explanation: {
      en: 'Many of the messages to a child come late at night, when parents are asleep, together with flattery, secrecy or requests for pictures.',
      km: 'សារជាច្រើនទៅកុមារត្រូវបានផ្ញើនៅពេលយប់ជ្រៅ ពេលឪពុកម្តាយកំពុងគេង ព្រមទាំងការបញ្ជោរ ការលាក់ការសម្ងាត់ ឬការសុំរូប។',
    },
  },
  {
    id: 'conversation.grooming.age_then_pictures',
    all: [['age_probe'], ['target_minor'], ['photo_request', 'sexual']],
    weights: { grooming: 1.0 },
    label: { en: 'Asks a child’s age, then for pictures', km: 'សួរអាយុកុមារ រួចសុំរូប' },
    explanation: {
      en: 'The writer asked the other person’s age, heard they are a child, and still asked for pictures or talked about sex.',
      km: 'អ្នកសរសេរបានសួរអាយុអ្នកម្ខាងទៀត ដឹងថាគេជាកុមារ ហើយនៅតែសុំរូប ឬនិយាយរឿងផ្លូវភេទ។',
    },
  },
  {
    id: 'conversation.grooming.secret_bond_with_child',
    all: [['target_minor'], ['secrecy'], ['trust', 'gift_offer', 'child_gift', 'romance', 'parental_check']],
    weights: { grooming: 1.4 },
    label: { en: 'A secret bond with a child', km: 'ចំណងសម្ងាត់ជាមួយកុមារ' },
    explanation: {
      en: 'Someone who knows they are talking to a child flatters them, gives gifts or checks on the parents, and asks the child to keep it secret. This is grooming before any sexual word.',
      km: 'អ្នកដែលដឹងថាខ្លួនកំពុងនិយាយជាមួយកុមារ បញ្ជោរ ឱ្យកាដូ ឬឆែកមើលឪពុកម្តាយ ហើយសុំកុមារឱ្យលាក់ការសម្ងាត់។ នេះជាការលួងលោម មុនពាក្យផ្លូវភេទណាមួយ។',
    },
  },
  {
    id: 'conversation.grooming.gifts_and_flattery_to_child',
    all: [['target_minor'], ['gift_offer', 'child_gift'], ['trust', 'romance']],
    weights: { grooming: 1.0 },
    label: { en: 'Gifts and flattery for a child', km: 'កាដូ និងការបញ្ជោរដល់កុមារ' },
    explanation: {
      en: 'Gifts, game credit or money together with flattery, for a child met online, build the trust and the debt a groomer later uses.',
      km: 'កាដូ ក្រេឌីតហ្គេម ឬលុយ រួមជាមួយការបញ្ជោរ ដល់កុមារដែលស្គាល់តាមអនឡាញ កសាងការទុកចិត្ត និងបំណុលដែលអ្នកលួងលោមប្រើនៅពេលក្រោយ។',
    },
  },
  {
    id: 'conversation.grooming.check_then_hide',
    all: [['target_minor'], ['parental_check'], ['channel_move', 'secrecy']],
    weights: { grooming: 1.0 },
    label: { en: 'Checks on the parents, then hides the contact', km: 'ឆែកមើលឪពុកម្តាយ រួចលាក់ទំនាក់ទំនង' },
    explanation: {
      en: 'After asking whether the parents watch the phone, the writer moves the child to a private app or asks them to keep it secret.',
      km: 'បន្ទាប់ពីសួរថាឪពុកម្តាយមើលទូរស័ព្ទទេ អ្នកសរសេរប្តូរកុមារទៅកម្មវិធីឯកជន ឬសុំឱ្យលាក់ការសម្ងាត់។',
    },
  },
  {
    id: 'conversation.grooming.age_then_courting',
    all: [['age_probe'], ['target_minor'], ['trust', 'gift_offer', 'child_gift', 'parental_check']],
    weights: { grooming: 0.8 },
    label: { en: 'Asks a child’s age, then courts them', km: 'សួរអាយុកុមារ រួចលួងលោម' },
    explanation: {
      en: 'The writer asked the other person’s age, heard they are a child, and went on flattering them, giving gifts or checking on the parents.',
      km: 'អ្នកសរសេរបានសួរអាយុអ្នកម្ខាងទៀត ដឹងថាគេជាកុមារ ហើយនៅតែបញ្ជោរ ឱ្យកាដូ ឬឆែកមើលឪពុកម្តាយ។',
    },
  },
  {
    id: 'conversation.cse.adult_sexual_with_child',
    all: [['actor_adult'], ['target_minor'], ['sexual', 'intimate_image']],
    weights: { child_sexual_exploitation: 2.0, grooming: 1.0 },
    label: { en: 'An adult talks sex with a child', km: 'មនុស្សពេញវ័យនិយាយរឿងផ្លូវភេទជាមួយកុមារ' },
    explanation: {
      en: 'An adult who talks about sex or intimate pictures with someone who said they are a child is sexually exploiting a child.',
      km: 'មនុស្សពេញវ័យដែលនិយាយរឿងផ្លូវភេទ ឬរូបឯកជនជាមួយអ្នកដែលនិយាយថាខ្លួនជាកុមារ កំពុងកេងប្រវ័ញ្ចផ្លូវភេទលើកុមារ។',
    },
  },
  {
    id: 'conversation.cse.child_offered_for_sale',
    all: [['minor_offered'], ['sale_terms', 'pay_high', 'payment_demand', 'price']],
    weights: { child_sexual_exploitation: 2.6 },
    label: { en: 'A child offered for sex, with a price', km: 'កុមារត្រូវបានផ្តល់ឱ្យដើម្បីផ្លូវភេទ ដោយមានតម្លៃ' },
    explanation: {
      en: 'The writer offers a young girl or boy to a customer and names a price, a time or the place. This is the sale of a child for sex: report it to the police or a child hotline.',
      km: 'អ្នកសរសេរផ្តល់ក្មេងស្រី ឬក្មេងប្រុសឱ្យអតិថិជន ហើយប្រាប់តម្លៃ ពេលវេលា ឬកន្លែង។ នេះជាការលក់កុមារដើម្បីផ្លូវភេទ៖ សូមរាយការណ៍ទៅប៉ូលីស ឬខ្សែទូរស័ព្ទជំនួយកុមារ។',
    },
  },
  {
    id: 'conversation.cse.offered_child_age',
    all: [['minor_offered'], ['minor']],
    weights: { child_sexual_exploitation: 1.2 },
    label: { en: 'The child offered is under 18', km: 'កុមារដែលត្រូវបានផ្តល់មានអាយុក្រោម ១៨ ឆ្នាំ' },
    explanation: {
      en: 'The writer who offers someone to a customer gives an age under 18 or calls them a student.',
      km: 'អ្នកសរសេរដែលផ្តល់នរណាម្នាក់ឱ្យអតិថិជន ប្រាប់អាយុក្រោម ១៨ ឆ្នាំ ឬហៅគេថាសិស្ស។',
    },
  },
  {
    id: 'conversation.sextortion.escalation',
    all: [['threat'], ['escalation']],
    weights: { sextortion: 1.0 },
    label: { en: 'A threat pushed further', km: 'ការគំរាមត្រូវបានបង្កើន' },
    explanation: {
      en: 'After a threat, a "last chance" or a claim that the pictures are being sent is meant to make you pay in panic.',
      km: 'បន្ទាប់ពីការគំរាម «ឱកាសចុងក្រោយ» ឬការអះអាងថារូបកំពុងត្រូវផ្ញើ មានគោលបំណងធ្វើឱ្យអ្នកភ័យ ហើយបង់លុយ។',
    },
  },
  {
    id: 'conversation.sextortion.threat_after_pictures',
    all: [['threat'], ['image_received'], ['payment_demand', 'photo_request', 'deadline']],
    weights: { sextortion: 2.5 },
    label: { en: 'Pictures received, then a threat and a demand', km: 'ទទួលបានរូប រួចគំរាម និងទាមទារ' },
    explanation: {
      en: 'The writer asked for pictures or a video call, received them, then threatened and demanded money or more. This is sextortion; the victim is not to blame.',
      km: 'អ្នកសរសេរបានសុំរូប ឬហៅវីដេអូ ទទួលបាន រួចគំរាម ហើយទាមទារលុយ ឬរូបបន្ថែម។ នេះជាការជំរិតផ្លូវភេទ ជនរងគ្រោះមិនមែនជាអ្នកខុសទេ។',
    },
  },
  {
    id: 'conversation.sextortion.more_pictures_under_threat',
    all: [['threat'], ['photo_request'], ['intimate_image']],
    weights: { sextortion: 1.2 },
    label: { en: 'More pictures demanded under threat', km: 'ទាមទាររូបបន្ថែមក្រោមការគំរាម' },
    explanation: {
      en: 'Holding intimate pictures, threatening to share them and demanding more is sextortion. Sending more never ends it.',
      km: 'ការកាន់រូបឯកជន គំរាមចែកចាយ ហើយទាមទាររូបបន្ថែម គឺជាការជំរិតផ្លូវភេទ។ ការផ្ញើបន្ថែមមិនដែលបញ្ចប់វាទេ។',
    },
  },
  {
    id: 'conversation.sextortion.new_contact_asks_to_undress',
    all: [['recent_contact'], ['one_to_one'], ['undress_request'], COURTING],
    weights: { sextortion: 3.0 },
    label: {
      en: 'Someone just met asks you to undress on camera or in a picture',
      km: 'អ្នកទើបស្គាល់សុំឱ្យអ្នកដោះសម្លៀកបំពាក់នៅលើកាមេរ៉ា ឬក្នុងរូប',
    },
    explanation: {
      en: 'A contact of hours or days, in a private chat and with flirting, secrecy, at night or after moving you to another app, asks you to take your clothes off on a video call or in pictures. This is the step that gives a sextortion its recording: do not do it, and if you already did, do not pay; keep the chat and report.',
      km: 'អ្នកស្គាល់បានប៉ុន្មានម៉ោង ឬប៉ុន្មានថ្ងៃ សុំឱ្យអ្នកដោះសម្លៀកបំពាក់ក្នុងការហៅវីដេអូ ឬក្នុងរូប។ នេះជាជំហានដែលផ្តល់ការថតឱ្យការជំរិតផ្លូវភេទ៖ កុំធ្វើ ហើយបើបានធ្វើហើយ កុំបង់លុយ រក្សាការសន្ទនា ហើយរាយការណ៍។',
    },
  },
  {
    id: 'conversation.sextortion.brand_new_contact_gets_intimate',
    all: [
      ['brand_new_contact'],
      ['one_to_one'],
      ['undress_request', 'picture_swap', 'image_received'],
      UNDRESSING_APPROACH,
    ],
    weights: { sextortion: 1.0 },
    label: {
      en: 'Within hours of the first message: undressing, a picture swap or pictures sent',
      km: 'ក្នុងរយៈពេលប៉ុន្មានម៉ោងបន្ទាប់ពីសារដំបូង៖ ការដោះសម្លៀកបំពាក់ ការដូររូប ឬរូបត្រូវបានផ្ញើ',
    },
    explanation: {
      en: 'Less than a day after the first contact, the talk has gone to undressing, a swap of private pictures or pictures sent at night. Real relationships do not move this fast; sextortion accounts do.',
      km: 'តិចជាងមួយថ្ងៃបន្ទាប់ពីការទាក់ទងដំបូង ការសន្ទនាបានទៅដល់ការដោះសម្លៀកបំពាក់ ការដូររូបឯកជន ឬរូបដែលផ្ញើនៅពេលយប់។ ទំនាក់ទំនងពិតមិនលឿនបែបនេះទេ គណនីជំរិតផ្លូវភេទលឿនបែបនេះ។',
    },
  },
  {
    id: 'conversation.sextortion.new_contact_asks_for_pictures',
    all: [['recent_contact'], ['photo_request'], INTIMATE_APPROACH],
    weights: { sextortion: 1.0 },
    label: {
      en: 'Someone just met asks for pictures or a video call, at night or with flirting',
      km: 'អ្នកទើបស្គាល់សុំរូប ឬហៅវីដេអូ នៅពេលយប់ ឬដោយចែចង់',
    },
    explanation: {
      en: 'Hours or days after the first contact, the new contact flirts, asks for secrecy or moves to another app, and asks for pictures or a video call, often late at night. This is how sextortion begins.',
      km: 'ប៉ុន្មានម៉ោង ឬប៉ុន្មានថ្ងៃបន្ទាប់ពីស្គាល់គ្នា អ្នកស្គាល់ថ្មីចែចង់ សុំលាក់ការសម្ងាត់ ឬប្តូរទៅកម្មវិធីផ្សេង ហើយសុំរូប ឬហៅវីដេអូ ជាញឹកញាប់នៅពេលយប់ជ្រៅ។ នេះជារបៀបដែលការជំរិតផ្លូវភេទចាប់ផ្តើម។',
    },
  },
  {
    id: 'conversation.sextortion.pictures_from_new_contact',
    all: [['recent_contact'], ['image_received'], INTIMATE_APPROACH],
    weights: { sextortion: 2.0 },
    label: {
      en: 'Someone just met got the pictures or the video call they asked for',
      km: 'អ្នកទើបស្គាល់បានទទួលរូប ឬការហៅវីដេអូដែលខ្លួនសុំ',
    },
    explanation: {
      en: 'A contact of a few hours or days, who flirted or asked at night, received pictures or a video. In sextortion the recording or the pictures are the leverage, and the threat comes within minutes.',
      km: 'អ្នកស្គាល់បានប៉ុន្មានម៉ោង ឬប៉ុន្មានថ្ងៃ ដែលបានចែចង់ ឬសុំនៅពេលយប់ បានទទួលរូប ឬវីដេអូ។ ក្នុងការជំរិតផ្លូវភេទ ការថត ឬរូបទាំងនោះជាអំណាច ហើយការគំរាមមកក្នុងរយៈពេលប៉ុន្មាននាទី។',
    },
  },
  {
    id: 'conversation.sextortion.swap_with_new_contact',
    all: [['recent_contact'], ['picture_swap'], ['image_received'], INTIMATE_APPROACH],
    weights: { sextortion: 1.6 },
    label: { en: 'Someone just met swapped pictures', km: 'អ្នកទើបស្គាល់បានដូររូបគ្នា' },
    explanation: {
      en: 'A contact of hours offered to swap pictures, at night or with flirting, and got them. Fake accounts do this just before the threat.',
      km: 'អ្នកស្គាល់បានប៉ុន្មានម៉ោង ស្នើដូររូបគ្នា នៅពេលយប់ ឬដោយចែចង់ ហើយបានទទួលរូប។ គណនីក្លែងក្លាយធ្វើបែបនេះមុនការគំរាម។',
    },
  },
  {
    id: 'conversation.sextortion.new_contact_holds_recording',
    all: [['recent_contact'], ['photo_request', 'image_received'], ['images_held'], INTIMATE_APPROACH],
    weights: { sextortion: 1.5 },
    label: {
      en: 'Someone just met asked for pictures or a video call, then says they recorded them',
      km: 'អ្នកទើបស្គាល់សុំរូប ឬហៅវីដេអូ រួចនិយាយថាបានថតទុក',
    },
    explanation: {
      en: 'A new contact asked for pictures or a video call and now says they recorded or kept them. In sextortion the threat and the demand for money follow within minutes.',
      km: 'អ្នកស្គាល់ថ្មីបានសុំរូប ឬហៅវីដេអូ ហើយឥឡូវនិយាយថាបានថត ឬរក្សាទុក។ ក្នុងការជំរិតផ្លូវភេទ ការគំរាម និងការទាមទារលុយមកក្នុងរយៈពេលប៉ុន្មាននាទី។',
    },
  },
  {
    id: 'conversation.sextortion.holds_what_was_received',
    all: [['image_received'], ['images_held']],
    weights: { sextortion: 1.0 },
    label: {
      en: 'Received pictures, then says they recorded or kept them',
      km: 'ទទួលបានរូប រួចនិយាយថាបានថត ឬរក្សាទុក',
    },
    explanation: {
      en: 'Right after receiving pictures or a video call, the tone changes: the writer says they recorded or kept them. In sextortion the threat comes next.',
      km: 'ភ្លាមៗបន្ទាប់ពីទទួលបានរូប ឬការហៅវីដេអូ សម្លេងប្រែប្រួល៖ អ្នកសរសេរនិយាយថាបានថត ឬរក្សាទុក។ ក្នុងការជំរិតផ្លូវភេទ ការគំរាមមកបន្ទាប់។',
    },
  },
  {
    id: 'conversation.sextortion.new_contact_begged_to_delete',
    all: [['recent_contact'], ['deletion_asked'], ['photo_request', 'image_received'], INTIMATE_APPROACH],
    weights: { sextortion: 2.0 },
    label: {
      en: 'Someone just met is begged to delete what they asked for',
      km: 'អ្នកទើបស្គាល់ត្រូវបានអង្វរឱ្យលុបអ្វីដែលខ្លួនបានសុំ',
    },
    explanation: {
      en: 'A new contact who flirted or asked at night for pictures or a video call is begged to delete them: the other person has realised they were recorded. The threat usually comes next.',
      km: 'អ្នកស្គាល់ថ្មីដែលបានចែចង់ ឬសុំរូប ឬហៅវីដេអូនៅពេលយប់ ត្រូវបានអង្វរឱ្យលុប៖ អ្នកម្ខាងទៀតដឹងថាខ្លួនត្រូវបានថត។ ការគំរាមតែងតែមកបន្ទាប់។',
    },
  },
  {
    id: 'conversation.recruitment.script',
    all: [
      ['job_offer', 'pay_high', 'easy_work'],
      ['channel_move'],
      ['document_request', 'travel_paid', 'travel_arrangement'],
    ],
    weights: { recruitment_fraud: 1.2 },
    label: {
      en: 'A job offer moved to a chat app, then papers or travel',
      km: 'ការផ្តល់ការងារប្តូរទៅកម្មវិធីជជែក រួចសុំឯកសារ ឬរៀបចំធ្វើដំណើរ',
    },
    explanation: {
      en: 'The recruiter offered a job, moved the talk to a chat app and then asked for documents or arranged the journey: the script of scam-compound recruiters.',
      km: 'អ្នកជ្រើសរើសបានផ្តល់ការងារ ប្តូរការសន្ទនាទៅកម្មវិធីជជែក រួចសុំឯកសារ ឬរៀបចំការធ្វើដំណើរ៖ នេះជាស្គ្រីបរបស់អ្នកជ្រើសរើសទៅមជ្ឈមណ្ឌលបោកប្រាស់។',
    },
  },
  {
    id: 'conversation.recruitment.crossing_arranged',
    all: [
      ['job_offer', 'pay_high', 'easy_work'],
      ['travel_arrangement', 'travel_paid'],
      ['border_irregular', 'abroad'],
    ],
    weights: { recruitment_fraud: 1.0, smuggling: 0.5 },
    label: { en: 'A job abroad with the journey arranged for you', km: 'ការងារនៅបរទេស ដែលគេរៀបចំការធ្វើដំណើរឱ្យ' },
    explanation: {
      en: 'A job at a border town or scam hub, with a driver or a paid trip arranged by the recruiter, is how people are taken into scam compounds.',
      km: 'ការងារនៅទីក្រុងព្រំដែន ឬកន្លែងបោកប្រាស់ ដែលអ្នកជ្រើសរើសរៀបចំអ្នកបើកបរ ឬចេញថ្លៃធ្វើដំណើរឱ្យ គឺជារបៀបដែលមនុស្សត្រូវនាំចូលមជ្ឈមណ្ឌលបោកប្រាស់។',
    },
  },
  {
    id: 'conversation.romance.money_after_affection',
    all: [['romance'], ['payment_demand', 'document_request']],
    weights: { romance_lure: 1.0, scam: 0.8 },
    label: { en: 'Love talk, then money or papers', km: 'ពាក្យស្នេហា រួចសុំលុយ ឬឯកសារ' },
    explanation: {
      en: 'Someone known only online declared love and then asked for money, a fee or your passport.',
      km: 'អ្នកដែលស្គាល់តែតាមអនឡាញបានប្រកាសស្នេហា រួចសុំលុយ ថ្លៃសេវា ឬលិខិតឆ្លងដែនរបស់អ្នក។',
    },
  },
  {
    id: 'conversation.scam.pitch_then_payment',
    all: [['investment'], ['payment_demand'], ['channel_move', 'romance']],
    weights: { scam: 1.2 },
    label: { en: 'Friendship, an investment pitch, then a deposit', km: 'មិត្តភាព ការអញ្ជើញវិនិយោគ រួចសុំដាក់លុយ' },
    explanation: {
      en: 'A new online friend moved you to a private app or courted you, pitched an investment and then asked you to deposit: the pig-butchering script.',
      km: 'មិត្តអនឡាញថ្មីបានប្តូរអ្នកទៅកម្មវិធីឯកជន ឬលួងលោមអ្នក អញ្ជើញវិនិយោគ រួចសុំឱ្យដាក់លុយ៖ ស្គ្រីបបោកប្រាស់ «ចិញ្ចឹមជ្រូក»។',
    },
  },
];
