import type { LocalizedText, Signal } from '../indicators/schema.ts';
import type { Harm } from '../types.ts';

/**
 * A structural rule: when every group in `all` is satisfied (each group is satisfied by any one of
 * its signals), the rule adds its weights. Rules capture what single phrases cannot: the
 * combination of ordinary-looking offers that together make the classic lure.
 */
export interface Rule {
  id: string;
  all: readonly (readonly Signal[])[];
  weights: Partial<Record<Harm, number>>;
  label: LocalizedText;
  explanation: LocalizedText;
}

export const RULES: readonly Rule[] = [
  {
    id: 'rule.recruitment.classic_lure',
    all: [['pay_high'], ['travel_paid'], ['no_experience', 'easy_work']],
    weights: { recruitment_fraud: 2.2 },
    label: { en: 'High pay + easy work + travel paid', km: 'ប្រាក់ខែខ្ពស់ + ការងារស្រួល + ចេញថ្លៃធ្វើដំណើរឱ្យ' },
    explanation: {
      en: 'Very high pay for easy work that needs no experience, with the trip paid for you, is the usual bait of scam compounds and forced labour. Real employers rarely offer all three.',
      km: 'ប្រាក់ខែខ្ពស់ខ្លាំងសម្រាប់ការងារស្រួល មិនត្រូវការបទពិសោធន៍ ហើយចេញថ្លៃធ្វើដំណើរឱ្យ គឺជានុយធម្មតារបស់មជ្ឈមណ្ឌលបោកប្រាស់ និងការងារដោយបង្ខំ។ និយោជកពិតប្រាកដកម្រផ្តល់ទាំងបីនេះព្រមគ្នាណាស់។',
    },
  },
  {
    id: 'rule.recruitment.stacked_lures',
    all: [['job_offer', 'pay_high', 'easy_work'], ['travel_paid', 'abroad', 'no_experience', 'urgent'], ['channel_move', 'document_request', 'urgent', 'travel_paid', 'no_experience']],
    weights: { recruitment_fraud: 1.3 },
    label: { en: 'Several recruitment danger signs together', km: 'សញ្ញាគ្រោះថ្នាក់ជ្រើសរើសការងារច្រើនព្រមគ្នា' },
    explanation: {
      en: 'The offer combines several warning signs (pay, travel, urgency, contact only by chat app, requests for documents). Each alone can be innocent; together they match how traffickers recruit.',
      km: 'ការផ្តល់ជូននេះមានសញ្ញាព្រមានច្រើន (ប្រាក់ខែ ការធ្វើដំណើរ ភាពប្រញាប់ ទាក់ទងតែតាមកម្មវិធីជជែក ការសុំឯកសារ)។ មួយៗអាចគ្មានបញ្ហា ប៉ុន្តែរួមគ្នាវាដូចវិធីដែលអ្នកជួញដូរមនុស្សជ្រើសរើស។',
    },
  },
  {
    id: 'rule.recruitment.documents_for_travel',
    all: [['document_request'], ['abroad', 'travel_paid', 'job_offer']],
    weights: { recruitment_fraud: 1.2, smuggling: 0.3 },
    label: { en: 'Passport or ID requested for a job abroad', km: 'សុំលិខិតឆ្លងដែន ឬអត្តសញ្ញាណប័ណ្ណសម្រាប់ការងារនៅបរទេស' },
    explanation: {
      en: 'Asking for your passport or ID photo before any contract or interview lets recruiters book your travel and later hold your papers.',
      km: 'ការសុំរូបលិខិតឆ្លងដែន ឬអត្តសញ្ញាណប័ណ្ណ មុនពេលមានកិច្ចសន្យា ឬសម្ភាសន៍ ធ្វើឱ្យអ្នកជ្រើសរើសអាចកក់ការធ្វើដំណើរ ហើយក្រោយមករឹបអូសឯកសាររបស់អ្នក។',
    },
  },
  {
    id: 'rule.grooming.minor_and_photo',
    all: [['minor'], ['photo_request']],
    weights: { grooming: 2.6, child_sexual_exploitation: 0.8 },
    label: { en: 'A child is asked for pictures', km: 'កុមារត្រូវបានគេសុំរូបថត' },
    explanation: {
      en: 'The conversation mentions a child\'s age or school year and asks for photos or a video call. This is how many grooming and sextortion cases start.',
      km: 'ការសន្ទនានិយាយពីអាយុ ឬថ្នាក់រៀនរបស់កុមារ ហើយសុំរូបថត ឬហៅវីដេអូ។ នេះជារបៀបដែលករណីលួងលោមផ្លូវភេទ និងការគំរាមដោយរូបភាពជាច្រើនចាប់ផ្តើម។',
    },
  },
  {
    id: 'rule.grooming.minor_and_sexual',
    all: [['minor'], ['sexual']],
    weights: { grooming: 2.6, child_sexual_exploitation: 1.6 },
    label: { en: 'Sexual talk with a child', km: 'ការនិយាយផ្លូវភេទជាមួយកុមារ' },
    explanation: {
      en: 'Sexual words in a conversation that mentions a child\'s age or school year. An adult who does this is committing abuse.',
      km: 'ពាក្យផ្លូវភេទក្នុងការសន្ទនាដែលនិយាយពីអាយុ ឬថ្នាក់រៀនរបស់កុមារ។ មនុស្សពេញវ័យដែលធ្វើបែបនេះកំពុងរំលោភបំពាន។',
    },
  },
  {
    id: 'rule.grooming.minor_and_secrecy',
    all: [['minor'], ['secrecy', 'meet_request']],
    weights: { grooming: 1.6 },
    label: { en: 'A child is asked for secrecy or to meet', km: 'កុមារត្រូវបានគេសុំឱ្យលាក់ការសម្ងាត់ ឬជួបគ្នា' },
    explanation: {
      en: 'Asking a child to keep the talk secret or to meet in person cuts the child off from the adults who protect them.',
      km: 'ការសុំឱ្យកុមារលាក់ការសន្ទនា ឬជួបផ្ទាល់ កាត់ផ្តាច់កុមារពីមនុស្សពេញវ័យដែលការពារពួកគេ។',
    },
  },
  {
    id: 'rule.grooming.secret_pictures',
    all: [['secrecy'], ['photo_request', 'sexual']],
    weights: { grooming: 1.3, sextortion: 0.3 },
    label: { en: 'Secret requests for pictures', km: 'ការសុំរូបថតដោយសម្ងាត់' },
    explanation: {
      en: 'Asking for pictures while insisting on secrecy is a mark of grooming: the secret makes it harder for the target to ask for help.',
      km: 'ការសុំរូបថត ព្រមទាំងទទូចឱ្យលាក់ការសម្ងាត់ គឺជាសញ្ញានៃការលួងលោម៖ ការសម្ងាត់ធ្វើឱ្យជនរងគ្រោះពិបាកសុំជំនួយ។',
    },
  },
  {
    id: 'rule.loan.gift_for_pictures',
    all: [['gift_offer', 'loan_offer'], ['photo_request', 'intimate_image', 'sexual']],
    weights: { predatory_loan: 2.4, grooming: 0.5 },
    label: { en: 'Money or gifts in exchange for pictures', km: 'លុយ ឬកាដូដើម្បីដោះដូរនឹងរូបថត' },
    explanation: {
      en: 'Offering money, credit or game items in exchange for pictures, or taking intimate photos as a guarantee for a loan, is exploitation and often ends in blackmail.',
      km: 'ការផ្តល់លុយ កាតទូរស័ព្ទ ឬរបស់ក្នុងហ្គេម ដើម្បីដោះដូរនឹងរូបថត ឬយករូបឯកជនធ្វើជាការធានាប្រាក់កម្ចី គឺជាការកេងប្រវ័ញ្ច ហើយច្រើនតែបញ្ចប់ដោយការគំរាម។',
    },
  },
  {
    id: 'rule.loan.child_gift_for_pictures',
    all: [['minor'], ['gift_offer', 'loan_offer'], ['photo_request', 'intimate_image', 'sexual']],
    weights: { predatory_loan: 1.2, grooming: 1.0 },
    label: { en: 'A child offered money or gifts for pictures', km: 'កុមារត្រូវបានគេផ្តល់លុយ ឬកាដូដើម្បីរូបថត' },
    explanation: {
      en: 'An adult offering a child money, top-up credit or game items for pictures is sexual exploitation of a child.',
      km: 'មនុស្សពេញវ័យដែលផ្តល់លុយ កាតបញ្ចូលលុយ ឬរបស់ក្នុងហ្គេមឱ្យកុមារដើម្បីរូបថត គឺជាការកេងប្រវ័ញ្ចផ្លូវភេទលើកុមារ។',
    },
  },
  {
    id: 'rule.sextortion.threat_with_images',
    all: [['threat'], ['intimate_image']],
    weights: { sextortion: 2.6 },
    label: { en: 'Threat to share intimate images', km: 'ការគំរាមចែកចាយរូបភាពឯកជន' },
    explanation: {
      en: 'Threatening to send someone\'s private pictures to others is sextortion, a crime. Paying rarely stops it.',
      km: 'ការគំរាមផ្ញើរូបឯកជនរបស់នរណាម្នាក់ទៅអ្នកដទៃ គឺជាការជំរិតផ្លូវភេទ ដែលជាបទឧក្រិដ្ឋ។ ការបង់លុយកម្របញ្ឈប់វាណាស់។',
    },
  },
  {
    id: 'rule.sextortion.pay_or_expose',
    all: [['intimate_image'], ['payment_demand']],
    weights: { sextortion: 1.6 },
    label: { en: 'Money demanded over intimate images', km: 'ទាមទារលុយដោយសាររូបភាពឯកជន' },
    explanation: {
      en: 'A demand for money or gift cards tied to private pictures is the core of financial sextortion.',
      km: 'ការទាមទារលុយ ឬកាតអំណោយ ដែលភ្ជាប់នឹងរូបឯកជន គឺជាស្នូលនៃការជំរិតផ្លូវភេទដើម្បីលុយ។',
    },
  },
  {
    id: 'rule.extortion.threat_deadline_payment',
    all: [['threat'], ['deadline'], ['payment_demand']],
    weights: { sextortion: 1.0, scam: 0.8 },
    label: { en: 'Threat + deadline + payment', km: 'ការគំរាម + ពេលកំណត់ + ការទូទាត់' },
    explanation: {
      en: 'A threat with a short deadline and a way to pay is built to make you panic and pay before you think or ask for help.',
      km: 'ការគំរាមដែលមានពេលកំណត់ខ្លី និងវិធីបង់លុយ ត្រូវបានរៀបចំឡើងដើម្បីឱ្យអ្នកភ័យ ហើយបង់មុនពេលគិត ឬសុំជំនួយ។',
    },
  },
  {
    id: 'rule.romance.travel_abroad',
    all: [['romance'], ['travel_paid', 'meet_request'], ['abroad', 'border_irregular']],
    weights: { romance_lure: 2.2 },
    label: { en: 'An online lover pays for you to travel abroad', km: 'សង្សារតាមអនឡាញចេញថ្លៃឱ្យអ្នកធ្វើដំណើរទៅបរទេស' },
    explanation: {
      en: 'Someone you know only online declaring love and paying for you to come to another country is a known way of luring people into trafficking.',
      km: 'អ្នកដែលអ្នកស្គាល់តែតាមអនឡាញ ប្រកាសស្នេហា ហើយចេញថ្លៃឱ្យអ្នកមកប្រទេសផ្សេង គឺជាវិធីដែលគេស្គាល់ក្នុងការបោកបញ្ឆោតមនុស្សទៅជួញដូរ។',
    },
  },
  {
    id: 'rule.smuggling.job_through_irregular_crossing',
    all: [['border_irregular'], ['job_offer', 'travel_paid', 'pay_high']],
    weights: { smuggling: 1.0, recruitment_fraud: 1.2 },
    label: { en: 'A job reached by crossing the border illegally', km: 'ការងារដែលត្រូវឆ្លងព្រំដែនខុសច្បាប់' },
    explanation: {
      en: 'A job that requires crossing a border without passing immigration leaves you without papers or protection on arrival, which is what traffickers want.',
      km: 'ការងារដែលតម្រូវឱ្យឆ្លងព្រំដែនដោយមិនឆ្លងកាត់ច្រកអន្តោប្រវេសន៍ ធ្វើឱ្យអ្នកគ្មានឯកសារ ឬការការពារពេលទៅដល់ ដែលជាអ្វីដែលអ្នកជួញដូរមនុស្សចង់បាន។',
    },
  },
  {
    id: 'rule.distress.held_abroad',
    all: [['distress'], ['abroad', 'document_request']],
    weights: { victim_distress: 1.0 },
    label: { en: 'Someone describes being held at a known hub', km: 'មានអ្នករៀបរាប់ថាត្រូវបានឃុំនៅកន្លែងដែលគេស្គាល់' },
    explanation: {
      en: 'The writer describes being held or unable to leave and names a place known for scam compounds.',
      km: 'អ្នកសរសេររៀបរាប់ថាត្រូវបានឃុំ ឬមិនអាចចាកចេញបាន ហើយបញ្ជាក់ឈ្មោះកន្លែងដែលគេស្គាល់ថាមានមជ្ឈមណ្ឌលបោកប្រាស់។',
    },
  },
  {
    id: 'rule.scam.investment_payment',
    all: [['investment'], ['payment_demand', 'channel_move']],
    weights: { scam: 1.3 },
    label: { en: 'Investment pitch with a payment request', km: 'ការអញ្ជើញវិនិយោគ ជាមួយការសុំបង់លុយ' },
    explanation: {
      en: 'Promised profits followed by a request to deposit, pay a fee or move to a private chat app is how investment and "pig-butchering" scams take money.',
      km: 'ការសន្យាប្រាក់ចំណេញ បន្ទាប់មកសុំឱ្យដាក់លុយ បង់ថ្លៃ ឬប្តូរទៅកម្មវិធីជជែកឯកជន គឺជារបៀបដែលការបោកប្រាស់វិនិយោគយកលុយ។',
    },
  },
  // --- rules for recruitment_fraud and smuggling (append here) ---
  // --- end recruitment_fraud and smuggling ---
  // --- rules for scam and predatory_loan (append here) ---
  // --- end scam and predatory_loan ---
  // --- rules for grooming, child_sexual_exploitation and sextortion (append here) ---
  // --- end grooming, child_sexual_exploitation and sextortion ---
  // --- rules for romance_lure, victim_distress, organ_trafficking and surrogacy_adoption (append here) ---
  // --- end romance_lure, victim_distress, organ_trafficking and surrogacy_adoption ---
];
