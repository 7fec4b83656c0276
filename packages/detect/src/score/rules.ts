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
    all: [
      ['job_offer', 'pay_high', 'easy_work'],
      ['travel_paid', 'abroad', 'no_experience', 'urgent'],
      ['channel_move', 'document_request', 'urgent', 'travel_paid', 'no_experience'],
    ],
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
    // Moderate on its own (a child sending a school photo to grandma has both signals); secrecy,
    // sexual talk or gifts add their own rules on top.
    weights: { grooming: 2.0, child_sexual_exploitation: 0.5 },
    label: { en: 'A child is asked for pictures', km: 'កុមារត្រូវបានគេសុំរូបថត' },
    explanation: {
      en: "The conversation mentions a child's age or school year and asks for photos or a video call. This is how many grooming and sextortion cases start.",
      km: 'ការសន្ទនានិយាយពីអាយុ ឬថ្នាក់រៀនរបស់កុមារ ហើយសុំរូបថត ឬហៅវីដេអូ។ នេះជារបៀបដែលករណីលួងលោមផ្លូវភេទ និងការគំរាមដោយរូបភាពជាច្រើនចាប់ផ្តើម។',
    },
  },
  {
    id: 'rule.grooming.minor_and_sexual',
    all: [['minor'], ['sexual']],
    weights: { grooming: 2.6, child_sexual_exploitation: 1.6 },
    label: { en: 'Sexual talk with a child', km: 'ការនិយាយផ្លូវភេទជាមួយកុមារ' },
    explanation: {
      en: "Sexual words in a conversation that mentions a child's age or school year. An adult who does this is committing abuse.",
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
    // Round 9: 1.3 → 1.6, so that "are you alone? turn on your cam" or "send a pic, our secret"
    // crosses with the two indicators' own weights.
    weights: { grooming: 1.6, sextortion: 0.3 },
    label: { en: 'Secret requests for pictures', km: 'ការសុំរូបថតដោយសម្ងាត់' },
    explanation: {
      en: 'Asking for pictures while insisting on secrecy is a mark of grooming: the secret makes it harder for the target to ask for help.',
      km: 'ការសុំរូបថត ព្រមទាំងទទូចឱ្យលាក់ការសម្ងាត់ គឺជាសញ្ញានៃការលួងលោម៖ ការសម្ងាត់ធ្វើឱ្យជនរងគ្រោះពិបាកសុំជំនួយ។',
    },
  },
  {
    id: 'rule.loan.gift_for_pictures',
    all: [
      ['gift_offer', 'loan_offer'],
      ['photo_request', 'intimate_image', 'sexual'],
    ],
    weights: { predatory_loan: 2.4, grooming: 0.5 },
    label: { en: 'Money or gifts in exchange for pictures', km: 'លុយ ឬកាដូដើម្បីដោះដូរនឹងរូបថត' },
    explanation: {
      en: 'Offering money, credit or game items in exchange for pictures, or taking intimate photos as a guarantee for a loan, is exploitation and often ends in blackmail.',
      km: 'ការផ្តល់លុយ កាតទូរស័ព្ទ ឬរបស់ក្នុងហ្គេម ដើម្បីដោះដូរនឹងរូបថត ឬយករូបឯកជនធ្វើជាការធានាប្រាក់កម្ចី គឺជាការកេងប្រវ័ញ្ច ហើយច្រើនតែបញ្ចប់ដោយការគំរាម។',
    },
  },
  {
    id: 'rule.loan.gift_for_intimate_images',
    all: [
      ['gift_offer', 'loan_offer'],
      ['intimate_image', 'sexual'],
    ],
    weights: { predatory_loan: 0.8 },
    label: { en: 'Money or gifts for intimate pictures or sex', km: 'លុយ ឬកាដូដើម្បីរូបឯកជន ឬការរួមភេទ' },
    explanation: {
      en: 'Paying bills or giving gifts in return for sexy pictures or a night together is sexual exploitation, not help.',
      km: 'ការបង់វិក្កយបត្រ ឬឲ្យកាដូ ដើម្បីដោះដូរនឹងរូបសិចស៊ី ឬមួយយប់ជាមួយគ្នា គឺជាការកេងប្រវ័ញ្ចផ្លូវភេទ មិនមែនជំនួយទេ។',
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
      en: "Threatening to send someone's private pictures to others is sextortion, a crime. Paying rarely stops it.",
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
  {
    id: 'rule.recruitment.hub_job',
    all: [['job_offer', 'easy_work'], ['abroad'], ['pay_high', 'travel_paid', 'border_irregular']],
    weights: { recruitment_fraud: 1.5 },
    label: {
      en: 'Job at a known scam hub with high pay, free travel or a secret crossing',
      km: 'ការងារនៅកន្លែងដែលគេស្គាល់ថាមានការបោកប្រាស់ ជាមួយប្រាក់ខែខ្ពស់ ការធ្វើដំណើរឥតគិតថ្លៃ ឬការឆ្លងដែនសម្ងាត់',
    },
    explanation: {
      en: 'A vague job in a town or zone known for scam compounds and casinos, offered with high pay, free travel or an irregular crossing, is how most victims of scam compounds were recruited.',
      km: 'ការងារមិនច្បាស់លាស់នៅទីក្រុង ឬតំបន់ដែលគេស្គាល់ថាមានមជ្ឈមណ្ឌលបោកប្រាស់ និងកាស៊ីណូ ផ្ដល់ជាមួយប្រាក់ខែខ្ពស់ ការធ្វើដំណើរឥតគិតថ្លៃ ឬការឆ្លងដែនខុសច្បាប់ គឺជារបៀបដែលជនរងគ្រោះភាគច្រើនត្រូវបានជ្រើសរើស។',
    },
  },
  {
    id: 'rule.recruitment.paid_work_irregular_hub',
    all: [['pay_high'], ['abroad'], ['border_irregular']],
    weights: { recruitment_fraud: 1.5 },
    label: {
      en: 'High pay at a scam hub reached without a passport',
      km: 'ប្រាក់ខែខ្ពស់នៅកន្លែងបោកប្រាស់ ដែលទៅដល់ដោយគ្មានលិខិតឆ្លងដែន',
    },
    explanation: {
      en: 'High pay in a known scam-compound town, reached without a passport or by a secret route, is a trafficking lure even when the ad does not name the job.',
      km: 'ប្រាក់ខែខ្ពស់នៅទីក្រុងដែលគេស្គាល់ថាមានមជ្ឈមណ្ឌលបោកប្រាស់ ដែលទៅដល់ដោយគ្មានលិខិតឆ្លងដែន ឬតាមផ្លូវសម្ងាត់ គឺជានុយជួញដូរមនុស្ស ទោះបីការផ្សាយមិនបញ្ជាក់ការងារក៏ដោយ។',
    },
  },
  {
    id: 'rule.recruitment.irregular_job_fee',
    all: [['border_irregular'], ['job_offer', 'easy_work'], ['payment_demand', 'pay_high']],
    weights: { recruitment_fraud: 1.0 },
    label: { en: 'Paid job abroad through an illegal crossing', km: 'ការងារមានប្រាក់ខែនៅបរទេស តាមការឆ្លងដែនខុសច្បាប់' },
    explanation: {
      en: 'A job offer that comes with a fee or a big salary and an illegal crossing leaves you in debt and without papers at the other end.',
      km: 'ការផ្ដល់ការងារដែលមានថ្លៃត្រូវបង់ ឬប្រាក់ខែធំ និងការឆ្លងដែនខុសច្បាប់ ធ្វើឱ្យអ្នកជាប់បំណុល និងគ្មានឯកសារនៅម្ខាងទៀត។',
    },
  },
  {
    id: 'rule.smuggling.irregular_to_hub',
    all: [['border_irregular'], ['abroad']],
    weights: { smuggling: 1.4 },
    label: {
      en: 'Irregular crossing towards a known border or scam hub',
      km: 'ការឆ្លងដែនខុសច្បាប់ឆ្ពោះទៅកន្លែងព្រំដែន ឬមជ្ឈមណ្ឌលបោកប្រាស់ដែលគេស្គាល់',
    },
    explanation: {
      en: 'A river, forest or no-passport crossing near a border town known for scam compounds is the route by which many people were taken into them.',
      km: 'ការឆ្លងទន្លេ ផ្លូវព្រៃ ឬដោយគ្មានលិខិតឆ្លងដែន ក្បែរទីក្រុងព្រំដែនដែលគេស្គាល់ថាមានមជ្ឈមណ្ឌលបោកប្រាស់ គឺជាផ្លូវដែលមនុស្សជាច្រើនត្រូវបាននាំចូលទីនោះ។',
    },
  },
  {
    id: 'rule.recruitment.child_job_away',
    all: [['minor'], ['job_offer'], ['travel_paid', 'abroad', 'pay_high']],
    weights: { recruitment_fraud: 1.5 },
    label: { en: 'A child recruited for work away from home', km: 'កុមារត្រូវបានជ្រើសរើសទៅធ្វើការឆ្ងាយពីផ្ទះ' },
    explanation: {
      en: 'Recruiting a child for paid work in another town or country, with the trip paid, is child trafficking.',
      km: 'ការជ្រើសរើសកុមារទៅធ្វើការមានប្រាក់ឈ្នួលនៅទីក្រុង ឬប្រទេសផ្សេង ដោយចេញថ្លៃធ្វើដំណើរឱ្យ គឺជាការជួញដូរកុមារ។',
    },
  },
  {
    id: 'rule.recruitment.lover_job_abroad',
    all: [['romance'], ['job_offer', 'easy_work'], ['abroad', 'travel_paid']],
    weights: { recruitment_fraud: 1.8 },
    label: { en: 'An online lover offers a job abroad', km: 'សង្សារតាមអនឡាញផ្ដល់ការងារនៅបរទេស' },
    explanation: {
      en: 'Someone who declares love online and then offers you a job near a border or pays your trip to work with them is using a known trafficking method.',
      km: 'អ្នកដែលប្រកាសស្នេហាតាមអនឡាញ ហើយផ្ដល់ការងារឱ្យអ្នកនៅក្បែរព្រំដែន ឬចេញថ្លៃឱ្យអ្នកមកធ្វើការជាមួយគេ កំពុងប្រើវិធីជួញដូរមនុស្សដែលគេស្គាល់។',
    },
  },
  {
    id: 'rule.smuggling.crossing_for_a_fee',
    all: [['border_irregular'], ['price']],
    weights: { smuggling: 1.2 },
    label: {
      en: 'An illegal crossing offered for a price per person',
      km: 'ការឆ្លងដែនខុសច្បាប់ ដែលគេផ្ដល់ជូនដោយយកថ្លៃក្នុងម្នាក់',
    },
    explanation: {
      en: 'A secret route or a crossing without papers, with a price per head or half paid in advance, is a smuggler selling a trip. Smuggled people arrive without papers and often in debt to the smuggler.',
      km: 'ផ្លូវសម្ងាត់ ឬការឆ្លងដែនដោយគ្មានឯកសារ ដែលមានតម្លៃក្នុងម្នាក់ ឬបង់ពាក់កណ្ដាលមុន គឺជាអ្នករត់ពន្ធមនុស្សកំពុងលក់ដំណើរ។ អ្នកដែលត្រូវគេនាំរត់ពន្ធ ទៅដល់ដោយគ្មានឯកសារ ហើយច្រើនតែជំពាក់បំណុលអ្នករត់ពន្ធ។',
    },
  },
  {
    // A "job" that is really selling a kidney or carrying a baby for pay is reported as organ
    // trafficking or surrogacy, not as a fake job offer.
    id: 'rule.recruitment.baby_for_pay_not_a_job',
    all: [['baby'], ['price']],
    weights: { recruitment_fraud: -1.5 },
    label: { en: 'Paid for carrying a baby, not a job', km: 'ការបង់លុយសម្រាប់ការពពោះ មិនមែនការងារទេ' },
    explanation: {
      en: 'The offer pays a woman to carry a baby. It is reported as surrogacy or baby trafficking rather than as a fake job, even when it is worded like a job ad.',
      km: 'ការផ្ដល់ជូននេះបង់លុយឱ្យស្ត្រីពពោះជំនួស។ វាត្រូវរាយការណ៍ជាការពពោះជំនួស ឬការជួញដូរទារក ជាជាងការងារក្លែងក្លាយ ទោះបីសរសេរដូចការផ្សាយការងារក៏ដោយ។',
    },
  },
  {
    // Recruiting a kidney "donor" abroad is organ trafficking, not a fake job offer.
    id: 'rule.recruitment.organ_not_a_job',
    all: [['organ']],
    weights: { recruitment_fraud: -1.5 },
    label: { en: 'An organ is wanted, not a worker', km: 'គេចង់បានសរីរាង្គ មិនមែនកម្មករទេ' },
    explanation: {
      en: 'The offer is about a kidney or another organ. Even when it is worded like a job ad with travel paid, it is reported as organ trafficking rather than as a fake job.',
      km: 'ការផ្ដល់ជូននេះនិយាយពីតម្រងនោម ឬសរីរាង្គផ្សេងទៀត។ ទោះបីសរសេរដូចការផ្សាយការងារ ដែលចេញថ្លៃធ្វើដំណើរឱ្យក៏ដោយ វាត្រូវរាយការណ៍ជាការជួញដូរសរីរាង្គ ជាជាងការងារក្លែងក្លាយ។',
    },
  },
  {
    id: 'rule.recruitment.job_needs_irregular_crossing',
    all: [['border_irregular'], ['job_offer', 'easy_work']],
    weights: { recruitment_fraud: 1.2 },
    label: { en: 'A job offer that needs an illegal crossing', km: 'ការផ្ដល់ការងារ ដែលតម្រូវឱ្យឆ្លងដែនខុសច្បាប់' },
    explanation: {
      en: 'A recruiter who offers a job and says you will cross without a passport or by a secret route is sending you to work with no papers and no protection. This is how many people end up trapped in scam compounds and forced labour.',
      km: 'ភ្នាក់ងារដែលផ្ដល់ការងារ ហើយប្រាប់ថាអ្នកនឹងឆ្លងដែនដោយគ្មានលិខិតឆ្លងដែន ឬតាមផ្លូវសម្ងាត់ កំពុងបញ្ជូនអ្នកទៅធ្វើការដោយគ្មានឯកសារ និងគ្មានការការពារ។ នេះជារបៀបដែលមនុស្សជាច្រើនជាប់នៅមជ្ឈមណ្ឌលបោកប្រាស់ និងការងារដោយបង្ខំ។',
    },
  },
  {
    id: 'rule.recruitment.work_abroad_trip_paid',
    all: [['abroad'], ['travel_paid'], ['pay_high', 'no_experience', 'urgent', 'channel_move', 'document_request']],
    weights: { recruitment_fraud: 1.2 },
    label: {
      en: 'Work abroad with the trip paid and another lure',
      km: 'ការងារនៅបរទេស ចេញថ្លៃធ្វើដំណើរឱ្យ និងមាននុយផ្សេងទៀត',
    },
    explanation: {
      en: 'Work in another country with the ticket or lodging paid for you, plus high pay, no requirements, a rush, a chat-app contact or a request for your passport, is the usual shape of a trafficking lure.',
      km: 'ការងារនៅប្រទេសផ្សេង ដែលគេចេញថ្លៃសំបុត្រ ឬកន្លែងស្នាក់នៅឱ្យ ព្រមទាំងប្រាក់ខែខ្ពស់ គ្មានលក្ខខណ្ឌ ការប្រញាប់ ការទាក់ទងតាមកម្មវិធីជជែក ឬការសុំលិខិតឆ្លងដែន គឺជារូបរាងធម្មតានៃនុយជួញដូរមនុស្ស។',
    },
  },
  {
    id: 'rule.recruitment.remote_job_pay_first',
    all: [
      ['job_offer', 'easy_work', 'no_experience'],
      ['payment_demand'],
      ['document_request', 'channel_move', 'no_experience', 'pay_high'],
    ],
    weights: { recruitment_fraud: 1.0 },
    label: {
      en: 'An easy job that asks you to pay or move money first',
      km: 'ការងារស្រួល ដែលសុំឱ្យអ្នកបង់ ឬផ្ទេរលុយជាមុន',
    },
    explanation: {
      en: 'A job that needs no experience, is run over a chat app or wants your documents, and also asks you to buy a kit, deposit a cheque or pay a fee, makes its money from you. Real employers pay you, not the other way round.',
      km: 'ការងារដែលមិនត្រូវការបទពិសោធន៍ ធ្វើតាមកម្មវិធីជជែក ឬសុំឯកសាររបស់អ្នក ហើយសុំឱ្យទិញកញ្ចប់ ដាក់មូលប្បទានបត្រ ឬបង់ថ្លៃ រកលុយពីអ្នក។ និយោជកពិតបើកលុយឱ្យអ្នក មិនមែនផ្ទុយមកវិញទេ។',
    },
  },
  {
    id: 'rule.recruitment.identity_for_easy_job',
    all: [['document_request'], ['easy_work', 'no_experience'], ['job_offer', 'pay_high', 'channel_move']],
    weights: { recruitment_fraud: 0.8 },
    label: {
      en: 'Identity documents asked for an easy, no-experience job',
      km: 'គេសុំឯកសារអត្តសញ្ញាណ សម្រាប់ការងារស្រួល ដែលមិនត្រូវការបទពិសោធន៍',
    },
    explanation: {
      en: 'An easy job with no experience needed that asks for your ID, social security or bank numbers before any interview is collecting them for identity theft or to open accounts in your name.',
      km: 'ការងារស្រួលដែលមិនត្រូវការបទពិសោធន៍ ហើយសុំអត្តសញ្ញាណប័ណ្ណ លេខសន្តិសុខសង្គម ឬលេខធនាគារ មុនពេលសម្ភាសន៍ កំពុងប្រមូលវាដើម្បីលួចអត្តសញ្ញាណ ឬបើកគណនីក្នុងនាមអ្នក។',
    },
  },
  {
    id: 'rule.recruitment.secret_job_offer',
    all: [['secrecy'], ['job_offer', 'easy_work', 'pay_high'], ['travel_paid', 'document_request']],
    weights: { recruitment_fraud: 1.2 },
    label: { en: 'A job away from home, kept from your family', km: 'ការងារឆ្ងាយពីផ្ទះ ដែលគេឱ្យលាក់ពីគ្រួសារ' },
    explanation: {
      en: 'A recruiter or friend who offers a job away from home and asks you not to tell your family yet wants no one to know where you went. Real employers do not mind your family knowing.',
      km: 'ភ្នាក់ងារ ឬមិត្តដែលផ្ដល់ការងារឆ្ងាយពីផ្ទះ ហើយប្រាប់កុំឱ្យប្រាប់គ្រួសារសិន ចង់ឱ្យគ្មាននរណាដឹងថាអ្នកទៅណា។ និយោជកពិតមិនខ្វល់ទេបើគ្រួសារអ្នកដឹង។',
    },
  },
  {
    id: 'rule.recruitment.licence_claim_with_fee',
    all: [['legit_employment'], ['payment_demand'], ['no_experience', 'urgent', 'channel_move']],
    weights: { recruitment_fraud: 2.2 },
    label: { en: 'A claimed licence with a fee and a shortcut', km: 'អះអាងថាមានអាជ្ញាប័ណ្ណ ជាមួយថ្លៃ និងផ្លូវកាត់' },
    explanation: {
      en: 'Saying "licensed" while asking for a fee up front and promising a shortcut, a rush or a chat-app contact is how fake agencies borrow trust. Check the licence yourself with the labour ministry.',
      km: 'ការនិយាយថា «មានអាជ្ញាប័ណ្ណ» ខណៈសុំថ្លៃជាមុន ហើយសន្យាផ្លូវកាត់ ការប្រញាប់ ឬការទាក់ទងតាមកម្មវិធីជជែក គឺជារបៀបដែលភ្នាក់ងារក្លែងក្លាយខ្ចីទំនុកចិត្ត។ សូមពិនិត្យអាជ្ញាប័ណ្ណដោយខ្លួនឯងជាមួយក្រសួងការងារ។',
    },
  },
  // --- end recruitment_fraud and smuggling ---
  // --- rules for scam and predatory_loan (append here) ---
  {
    id: 'rule.loan.intimate_collateral_not_scam',
    all: [['loan_offer'], ['intimate_image']],
    // Round 7: a repayment or fee asked for in a naked-loan offer is not yet blackmail; a threat to
    // spread the pictures still reports sextortion through its own rules.
    weights: { scam: -1.5, predatory_loan: 0.5, sextortion: -0.8 },
    label: { en: 'A loan secured with intimate photos', km: 'ប្រាក់កម្ចីដែលយករូបឯកជនធ្វើជាការធានា' },
    explanation: {
      en: 'When a loan is traded for nude or intimate photos, the danger is sexual blackmail, not only a bad loan: it is reported as a predatory loan rather than a scam.',
      km: 'នៅពេលប្រាក់កម្ចីត្រូវដោះដូរនឹងរូបអាក្រាត ឬរូបឯកជន គ្រោះថ្នាក់គឺការជំរិតផ្លូវភេទ មិនមែនត្រឹមតែកម្ចីអាក្រក់ទេ៖ វាត្រូវរាយការណ៍ជាកម្ចីកេងប្រវ័ញ្ច ជាជាងការបោកប្រាស់។',
    },
  },
  {
    id: 'rule.loan.gift_pictures_secret_or_child',
    all: [['gift_offer', 'loan_offer'], ['photo_request'], ['secrecy', 'minor']],
    weights: { predatory_loan: 1.2, grooming: 0.3 },
    label: { en: 'Gifts for pictures, kept secret or with a child', km: 'កាដូដើម្បីដូររូប ដោយលាក់ការសម្ងាត់ ឬជាមួយកុមារ' },
    explanation: {
      en: 'Top-ups or game currency offered for pictures, with a request to keep it secret or to a child, is how adults buy images from children.',
      km: 'ការផ្តល់កាតទូរស័ព្ទ ឬរបស់ក្នុងហ្គេមដើម្បីដូររូប ដោយសុំឱ្យលាក់ការសម្ងាត់ ឬចំពោះកុមារ គឺជារបៀបដែលមនុស្សពេញវ័យទិញរូបពីកុមារ។',
    },
  },
  {
    id: 'rule.loan.debt_for_images_or_sex',
    all: [['debt'], ['intimate_image', 'sexual'], ['loan_offer', 'gift_offer', 'minor']],
    weights: { predatory_loan: 2.4, scam: -1.2 },
    label: { en: 'A debt to be paid with intimate pictures or sex', km: 'បំណុលដែលត្រូវសងដោយរូបឯកជន ឬការរួមភេទ' },
    explanation: {
      en: 'Owing money and being asked for nude pictures or a night together instead is sexual exploitation through debt. You do not have to agree; tell someone you trust or a hotline.',
      km: 'ការជំពាក់លុយ ហើយត្រូវគេសុំរូបអាក្រាត ឬការដេកជាមួយមួយយប់ជំនួសវិញ គឺជាការកេងប្រវ័ញ្ចផ្លូវភេទតាមរយៈបំណុល។ អ្នកមិនចាំបាច់យល់ព្រមទេ សូមប្រាប់អ្នកដែលអ្នកទុកចិត្ត ឬខ្សែទូរស័ព្ទជំនួយ។',
    },
  },
  {
    id: 'rule.scam.debt_shaming',
    all: [['debt'], ['threat'], ['loan_offer', 'payment_demand', 'deadline']],
    weights: { scam: 1.8 },
    label: { en: 'Debt collection by threats and shaming', km: 'ការទារបំណុលដោយការគំរាម និងធ្វើឱ្យខ្មាស់គេ' },
    explanation: {
      en: 'A debt demand combined with threats to tell your family, boss or contacts, or to post you as a thief, is the harassment of illegal loan apps. Keep the messages and report them.',
      km: 'ការទារបំណុលរួមជាមួយការគំរាមប្រាប់គ្រួសារ ចៅហ្វាយ ឬទំនាក់ទំនងរបស់អ្នក ឬបង្ហោះអ្នកថាជាចោរ គឺជាការរំខានរបស់កម្មវិធីកម្ចីខុសច្បាប់។ សូមរក្សាសារទុក ហើយរាយការណ៍។',
    },
  },
  {
    id: 'rule.scam.new_contact_urgent_money',
    all: [['channel_move'], ['payment_demand'], ['urgent', 'deadline']],
    weights: { scam: 0.5 },
    label: { en: 'A new number or chat asks for money urgently', km: 'លេខថ្មី ឬការជជែកថ្មី សុំលុយយ៉ាងប្រញាប់' },
    explanation: {
      en: 'Someone writing from a new number or moving you to a chat app, asking for money urgently, is the pattern of impersonation scams. Call the person on the number you already know.',
      km: 'នរណាម្នាក់សរសេរពីលេខថ្មី ឬនាំអ្នកទៅកម្មវិធីជជែក ហើយសុំលុយយ៉ាងប្រញាប់ គឺជាលំនាំនៃការបោកប្រាស់ក្លែងខ្លួន។ សូមហៅទៅអ្នកនោះតាមលេខដែលអ្នកស្គាល់រួចហើយ។',
    },
  },
  {
    id: 'rule.scam.loan_fee_first',
    all: [['loan_offer'], ['payment_demand']],
    weights: { scam: 1.0 },
    label: { en: 'A loan that asks you to pay first', km: 'ប្រាក់កម្ចីដែលសុំឱ្យអ្នកបង់មុន' },
    explanation: {
      en: 'A lender asking for a fee, deposit or "insurance" before paying out the loan is advance-fee fraud: the loan never arrives.',
      km: 'អ្នកឱ្យខ្ចីដែលសុំថ្លៃ ប្រាក់កក់ ឬ «ធានារ៉ាប់រង» មុនពេលបើកប្រាក់កម្ចី គឺជាការបោកប្រាស់ទារថ្លៃមុន៖ ប្រាក់កម្ចីមិនដែលមកដល់ទេ។',
    },
  },
  {
    id: 'rule.scam.loan_spam_contact',
    all: [['loan_offer'], ['channel_move', 'deadline']],
    weights: { scam: 1.2 },
    label: {
      en: 'A quick loan offered through a private number or chat app',
      km: 'ប្រាក់កម្ចីរហ័សផ្តល់តាមលេខឯកជន ឬកម្មវិធីជជែក',
    },
    explanation: {
      en: 'Loans advertised by text or chat with "contact WA / LINE / Zalo" come from unlicensed lenders or advance-fee scammers. A licensed lender has a registered office and app.',
      km: 'ប្រាក់កម្ចីផ្សាយតាមសារ ឬឆាត ដោយ «ទាក់ទង WA / LINE / Zalo» មកពីអ្នកឱ្យខ្ចីគ្មានអាជ្ញាប័ណ្ណ ឬអ្នកបោកទារថ្លៃមុន។ អ្នកឱ្យខ្ចីមានអាជ្ញាប័ណ្ណមានការិយាល័យ និងកម្មវិធីចុះបញ្ជី។',
    },
  },
  {
    id: 'rule.scam.easy_money_contact',
    all: [['easy_work'], ['pay_high'], ['channel_move']],
    weights: { scam: 1.0 },
    label: { en: 'Easy money per day, contact by chat app', km: 'លុយងាយក្នុងមួយថ្ងៃ ទាក់ទងតាមកម្មវិធីជជែក' },
    explanation: {
      en: 'Easy work from home with a high daily income and "chat us on WhatsApp / Telegram / Zalo" is how task scams recruit: you are paid a little, then asked to deposit to unlock more.',
      km: 'ការងារស្រួលពីផ្ទះ ជាមួយចំណូលខ្ពស់ក្នុងមួយថ្ងៃ និង «ឆាតមកតាម WhatsApp / Telegram / Zalo» គឺជារបៀបជ្រើសរើសនៃការបោកប្រាស់ភារកិច្ច៖ គេបង់ឱ្យបន្តិច រួចសុំឱ្យដាក់ប្រាក់ដើម្បីដោះសោបន្ថែម។',
    },
  },
  {
    id: 'rule.scam.job_abroad_is_recruitment',
    all: [['job_offer'], ['abroad', 'travel_paid']],
    weights: { scam: -0.8 },
    label: {
      en: 'A job abroad: a recruitment danger rather than a home-task scam',
      km: 'ការងារនៅបរទេស៖ គ្រោះថ្នាក់ជ្រើសរើសការងារ ជាជាងការបោកប្រាស់ភារកិច្ចនៅផ្ទះ',
    },
    explanation: {
      en: 'When the "easy job" means travelling abroad, the main danger is deceptive recruitment and trafficking, which is reported as recruitment fraud rather than an online task scam.',
      km: 'នៅពេល «ការងារស្រួល» មានន័យថាធ្វើដំណើរទៅបរទេស គ្រោះថ្នាក់ចម្បងគឺការជ្រើសរើសបោកប្រាស់ និងការជួញដូរមនុស្ស ដែលត្រូវរាយការណ៍ជាការក្លែងបន្លំការងារ ជាជាងការបោកប្រាស់ភារកិច្ចអនឡាញ។',
    },
  },
  {
    id: 'rule.scam.job_fee_is_recruitment',
    all: [['job_offer'], ['payment_demand'], ['urgent', 'document_request']],
    weights: { scam: -2.0, recruitment_fraud: 0.3 },
    label: { en: 'A fee to start a job right away', km: 'ថ្លៃដើម្បីចាប់ផ្តើមការងារភ្លាមៗ' },
    explanation: {
      en: 'A "start today, just pay the registration fee" job is a fake job offer: the fee is taken and the job never exists. It is reported as recruitment fraud.',
      km: 'ការងារ «ចាប់ផ្តើមថ្ងៃនេះ គ្រាន់តែបង់ថ្លៃចុះឈ្មោះ» គឺជាការផ្តល់ការងារក្លែងក្លាយ៖ គេយកថ្លៃ ហើយការងារមិនដែលមានទេ។ វាត្រូវរាយការណ៍ជាការក្លែងបន្លំការងារ។',
    },
  },
  {
    id: 'rule.scam.loan_for_photos_not_scam',
    all: [['loan_offer'], ['photo_request', 'intimate_image']],
    weights: { scam: -1.0 },
    label: { en: 'A loan that asks for photos of you', km: 'ប្រាក់កម្ចីដែលសុំរូបថតរបស់អ្នក' },
    explanation: {
      en: 'A lender asking for special photos of you is a predatory lender collecting material to shame or blackmail you later, reported as a predatory loan.',
      km: 'អ្នកឱ្យខ្ចីដែលសុំរូបថតពិសេសរបស់អ្នក គឺជាអ្នកឱ្យខ្ចីកេងប្រវ័ញ្ចដែលប្រមូលរូបដើម្បីធ្វើឱ្យអ្នកខ្មាស ឬជំរិតនៅពេលក្រោយ ដែលត្រូវរាយការណ៍ជាកម្ចីកេងប្រវ័ញ្ច។',
    },
  },
  {
    id: 'rule.scam.task_job_via_chat',
    all: [['easy_work'], ['channel_move'], ['no_experience']],
    weights: { scam: 0.6 },
    label: {
      en: 'Easy phone "job" recruited through a chat app',
      km: '«ការងារ» ស្រួលលើទូរស័ព្ទ ដែលជ្រើសរើសតាមកម្មវិធីជជែក',
    },
    explanation: {
      en: 'A mass message offering easy work on your phone, no experience needed, where you must write to an "admin" on WhatsApp, Telegram, Zalo or LINE, is how task scams recruit.',
      km: 'សារផ្ញើទៅច្រើននាក់ ដែលផ្តល់ការងារស្រួលលើទូរស័ព្ទ មិនត្រូវការបទពិសោធន៍ ហើយត្រូវសរសេរទៅ «admin» តាម WhatsApp Telegram Zalo ឬ LINE គឺជារបៀបដែលការបោកប្រាស់ដោយកិច្ចការជ្រើសរើសមនុស្ស។',
    },
  },
  // Links (round 6). `link` is a real URL or domain in the text that is not a listed brand's own
  // site; `link_risky` one that hides or disguises where it goes. A link alone is everyday (news,
  // shops, friends); what phishing adds is the reason to click. Weights are log-likelihood
  // ratios: a real provider's notice of a blocked account, a failed delivery or a prize sends you
  // to its app or its own site, so such a notice with a foreign link is several times likelier
  // to be phishing than the same notice without one (e^1.4 ≈ 4).
  {
    id: 'rule.scam.account_threat_with_link',
    all: [['account_threat'], ['link']],
    weights: { scam: 1.4 },
    label: { en: 'Account threat + a link to fix it', km: 'ការគំរាមបិទគណនី + តំណដើម្បីដោះស្រាយ' },
    explanation: {
      en: 'A message says your account, card or service will be blocked and gives a link to sort it out. Banks and phone companies tell you to use their own app or call the number on your card; the link leads to a fake login page.',
      km: 'សារប្រាប់ថាគណនី កាត ឬសេវារបស់អ្នកនឹងត្រូវបិទ ហើយផ្តល់តំណដើម្បីដោះស្រាយ។ ធនាគារ និងក្រុមហ៊ុនទូរស័ព្ទប្រាប់ឱ្យប្រើកម្មវិធីផ្ទាល់ ឬហៅលេខនៅលើកាត តំណនោះនាំទៅទំព័រចូលគណនីក្លែងក្លាយ។',
    },
  },
  {
    id: 'rule.scam.verify_with_link',
    all: [['verify_request'], ['link']],
    weights: { scam: 0.7 },
    label: { en: 'Asked to verify your details through a link', km: 'គេសុំឱ្យផ្ទៀងផ្ទាត់ព័ត៌មានតាមតំណ' },
    explanation: {
      en: 'Being told to verify, update or confirm your details and given a link to do it is how phishing collects passwords and card numbers. Open the official app yourself instead.',
      km: 'ការប្រាប់ឱ្យផ្ទៀងផ្ទាត់ ធ្វើបច្ចុប្បន្នភាព ឬបញ្ជាក់ព័ត៌មាន ហើយផ្តល់តំណឱ្យ គឺជារបៀបដែលការបន្លំប្រមូលពាក្យសម្ងាត់ និងលេខកាត។ សូមបើកកម្មវិធីផ្លូវការដោយខ្លួនឯង។',
    },
  },
  {
    id: 'rule.scam.verify_link_deadline',
    all: [['verify_request', 'account_threat'], ['link'], ['deadline']],
    weights: { scam: 0.8 },
    label: { en: 'Verify through a link before a deadline', km: 'ផ្ទៀងផ្ទាត់តាមតំណមុនពេលកំណត់' },
    explanation: {
      en: 'A link to verify or unlock your account together with a deadline of hours is built to rush you into typing your details before you check who sent it.',
      km: 'តំណដើម្បីផ្ទៀងផ្ទាត់ ឬដោះសោគណនី ព្រមទាំងពេលកំណត់ប៉ុន្មានម៉ោង ត្រូវបានរៀបចំដើម្បីឱ្យអ្នកប្រញាប់វាយព័ត៌មាន មុនពេលពិនិត្យថាអ្នកណាផ្ញើ។',
    },
  },
  {
    id: 'rule.scam.delivery_problem_with_link',
    all: [['delivery_problem'], ['link']],
    weights: { scam: 1.2 },
    label: { en: 'Parcel problem + a link', km: 'បញ្ហាកញ្ចប់ឥវ៉ាន់ + តំណ' },
    explanation: {
      en: 'A parcel that is "held", "undeliverable" or waiting for an address update, with a link to fix it, is the most common fake-courier text. Track parcels only in the courier’s own app or site.',
      km: 'កញ្ចប់ឥវ៉ាន់ដែល «ត្រូវឃាត់» «មិនអាចដឹកបាន» ឬរង់ចាំធ្វើបច្ចុប្បន្នភាពអាសយដ្ឋាន ជាមួយតំណដើម្បីដោះស្រាយ គឺជាសារក្លែងក្រុមហ៊ុនដឹកជញ្ជូនដែលញឹកញាប់បំផុត។ សូមតាមដានកញ្ចប់តែក្នុងកម្មវិធី ឬគេហទំព័រផ្ទាល់របស់ក្រុមហ៊ុន។',
    },
  },
  {
    id: 'rule.scam.prize_with_link',
    all: [['prize'], ['link']],
    weights: { scam: 1.2 },
    label: { en: 'A prize or payout to claim through a link', km: 'រង្វាន់ ឬប្រាក់ដែលត្រូវទាមទារតាមតំណ' },
    explanation: {
      en: 'A win, refund, subsidy or points you never asked about, claimed through a link, is bait: the page asks for your card, your login or a "small fee".',
      km: 'ការឈ្នះ ការសងប្រាក់វិញ ប្រាក់ឧបត្ថម្ភ ឬពិន្ទុដែលអ្នកមិនធ្លាប់សួរ ហើយត្រូវទាមទារតាមតំណ គឺជានុយ៖ ទំព័រនោះសុំកាត ព័ត៌មានចូលគណនី ឬ «ថ្លៃតិចតួច»។',
    },
  },
  {
    id: 'rule.scam.code_with_link',
    all: [['code_request'], ['link']],
    weights: { scam: 0.8 },
    label: { en: 'A one-time code asked for next to a link', km: 'លេខកូដម្តង ត្រូវគេសុំនៅក្បែរតំណ' },
    explanation: {
      en: 'A page or message that wants the one-time code sent to your phone is taking over your account or approving a payment. Never type or share that code outside the official app.',
      km: 'ទំព័រ ឬសារដែលចង់បានលេខកូដម្តងដែលផ្ញើមកទូរស័ព្ទរបស់អ្នក កំពុងយកគណនីរបស់អ្នក ឬអនុម័តការទូទាត់។ កុំវាយ ឬចែកលេខកូដនោះក្រៅកម្មវិធីផ្លូវការ។',
    },
  },
  {
    id: 'rule.scam.disguised_link_with_lure',
    all: [
      ['link_risky'],
      ['account_threat', 'verify_request', 'delivery_problem', 'prize', 'code_request', 'payment_demand'],
    ],
    weights: { scam: 1.0 },
    label: { en: 'A disguised link with a reason to click', km: 'តំណក្លែងបន្លំ ជាមួយហេតុផលឱ្យចុច' },
    explanation: {
      en: 'The link is shortened, is a bare IP address, borrows a bank’s or shop’s name on another domain, sits on free hosting or downloads an app file, and the message gives you a reason to open it. Real providers link to their own domain.',
      km: 'តំណត្រូវបានបង្រួម ជាអាសយដ្ឋាន IP ទទេ ខ្ចីឈ្មោះធនាគារ ឬហាងលើដែនផ្សេង នៅលើការបង្ហោះឥតគិតថ្លៃ ឬទាញយកឯកសារកម្មវិធី ហើយសារផ្តល់ហេតុផលឱ្យអ្នកបើកវា។ អ្នកផ្តល់សេវាពិតភ្ជាប់ទៅដែនផ្ទាល់របស់គេ។',
    },
  },
  {
    // Apps come from the Play Store or the App Store; a bank, courier, court or wedding never
    // sends an .apk file by message. Installing one gives the sender your SMS codes and screen.
    id: 'rule.scam.apk_link',
    all: [['link_apk']],
    weights: { scam: 2.4 },
    label: { en: 'A link that installs an app file (.apk)', km: 'តំណដែលដំឡើងឯកសារកម្មវិធី (.apk)' },
    explanation: {
      en: 'The link downloads an Android app file directly. Fake "invitation", "receipt", "parcel" or "bank" apps sent this way read your messages and one-time codes and empty your accounts. Install apps only from the official store.',
      km: 'តំណនេះទាញយកឯកសារកម្មវិធី Android ដោយផ្ទាល់។ កម្មវិធី «លិខិតអញ្ជើញ» «បង្កាន់ដៃ» «កញ្ចប់ឥវ៉ាន់» ឬ «ធនាគារ» ក្លែងក្លាយដែលផ្ញើបែបនេះ អានសារ និងលេខកូដម្តងរបស់អ្នក ហើយបូមលុយចេញពីគណនី។ សូមដំឡើងកម្មវិធីតែពីហាងផ្លូវការប៉ុណ្ណោះ។',
    },
  },
  // Round 9 (collected SMS): the smishing text is a reason (a block, a held parcel, a prize) plus
  // something to do that is not a link: call a number, text a code, update details, pay a fee.
  {
    id: 'rule.scam.prize_claim_action',
    all: [['prize'], ['payment_demand', 'verify_request', 'code_request']],
    weights: { scam: 1.3 },
    label: {
      en: 'A prize you must claim by calling, texting or paying',
      km: 'រង្វាន់ដែលត្រូវទាមទារដោយហៅ ផ្ញើសារ ឬបង់ប្រាក់',
    },
    explanation: {
      en: 'A win you never entered for, claimed by calling a premium number, texting a code or paying a fee, is how prize scams charge you or take your details.',
      km: 'ការឈ្នះដែលអ្នកមិនធ្លាប់ចូលរួម ហើយត្រូវទាមទារដោយហៅលេខបង់ថ្លៃខ្ពស់ ផ្ញើលេខកូដ ឬបង់ថ្លៃ គឺជារបៀបដែលការបោកប្រាស់រង្វាន់យកលុយ ឬព័ត៌មានរបស់អ្នក។',
    },
  },
  {
    id: 'rule.scam.account_threat_action',
    all: [['account_threat'], ['verify_request', 'payment_demand', 'code_request']],
    weights: { scam: 1.0 },
    label: {
      en: 'Account threat + a call or an update to fix it',
      km: 'ការគំរាមបិទគណនី + ការហៅ ឬធ្វើបច្ចុប្បន្នភាពដើម្បីដោះស្រាយ',
    },
    explanation: {
      en: 'A text saying your account, card, SIM or power will be cut unless you call a number, update your details or pay is the usual phishing script. Contact the provider through its own app or the number on your card or bill.',
      km: 'សារដែលថាគណនី កាត ស៊ីម ឬភ្លើងរបស់អ្នកនឹងត្រូវផ្តាច់ លុះត្រាតែអ្នកហៅលេខមួយ ធ្វើបច្ចុប្បន្នភាពព័ត៌មាន ឬបង់ប្រាក់ គឺជាល្បិចបន្លំធម្មតា។ សូមទាក់ទងអ្នកផ្តល់សេវាតាមកម្មវិធីផ្ទាល់ ឬលេខនៅលើកាត ឬវិក្កយបត្ររបស់អ្នក។',
    },
  },
  {
    id: 'rule.scam.delivery_fee_or_update',
    all: [['delivery_problem'], ['payment_demand', 'verify_request']],
    weights: { scam: 1.0 },
    label: { en: 'Parcel problem + a fee or details to give', km: 'បញ្ហាកញ្ចប់ឥវ៉ាន់ + ថ្លៃ ឬព័ត៌មានដែលត្រូវផ្តល់' },
    explanation: {
      en: "A courier text that holds your parcel until you pay a small fee or confirm your address is the fake-delivery scam. Check the tracking number in the courier's own app.",
      km: 'សារក្រុមហ៊ុនដឹកជញ្ជូនដែលឃាត់កញ្ចប់ឥវ៉ាន់រហូតដល់អ្នកបង់ថ្លៃតិចតួច ឬបញ្ជាក់អាសយដ្ឋាន គឺជាការបោកប្រាស់ដឹកជញ្ជូនក្លែងក្លាយ។ សូមពិនិត្យលេខតាមដានក្នុងកម្មវិធីផ្ទាល់របស់ក្រុមហ៊ុន។',
    },
  },
  {
    id: 'rule.scam.lure_deadline_action',
    all: [['account_threat', 'delivery_problem', 'prize'], ['deadline'], ['verify_request', 'payment_demand']],
    weights: { scam: 0.6 },
    label: {
      en: 'A notice with a deadline and something to do now',
      km: 'សេចក្តីជូនដំណឹងមានពេលកំណត់ និងអ្វីដែលត្រូវធ្វើភ្លាម',
    },
    explanation: {
      en: 'A block, a held parcel or a prize that expires in hours pushes you to act before you check. Real providers give you time and their own channels.',
      km: 'ការបិទគណនី កញ្ចប់ឥវ៉ាន់ដែលត្រូវឃាត់ ឬរង្វាន់ដែលផុតកំណត់ក្នុងប៉ុន្មានម៉ោង ជំរុញឱ្យអ្នកធ្វើភ្លាមមុនពេលពិនិត្យ។ អ្នកផ្តល់សេវាពិតផ្តល់ពេលវេលា និងបណ្តាញផ្ទាល់របស់គេ។',
    },
  },
  // --- end scam and predatory_loan ---
  // --- rules for grooming, child_sexual_exploitation and sextortion (append here) ---
  {
    id: 'rule.grooming.gift_photo_secret',
    all: [['gift_offer'], ['photo_request'], ['secrecy']],
    weights: { grooming: 0.8 },
    label: { en: 'Gifts for pictures, kept secret', km: 'កាដូដើម្បីដូររូបថត ហើយឲ្យលាក់' },
    explanation: {
      en: 'Game credit or phone top-up offered for a photo, with a request not to tell anyone, is a classic grooming pattern: the gift creates a debt and the secret keeps parents out.',
      km: 'ការឲ្យលុយហ្គេម ឬបញ្ចូលលុយទូរស័ព្ទ ដើម្បីដូរនឹងរូបថត ព្រមទាំងប្រាប់កុំឲ្យប្រាប់អ្នកណា គឺជាលំនាំលួងលោមធម្មតា៖ កាដូបង្កើតបំណុលចិត្ត ហើយការសម្ងាត់ធ្វើឲ្យឪពុកម្ដាយមិនដឹង។',
    },
  },
  {
    id: 'rule.cse.minor_sold_via_app',
    all: [['minor'], ['sexual'], ['channel_move', 'payment_demand']],
    weights: { child_sexual_exploitation: 0.8 },
    label: {
      en: 'A child offered for sex, booked by chat app or paid',
      km: 'កុមារត្រូវបានផ្តល់ជូនសម្រាប់ផ្លូវភេទ តាមការកក់ក្នុងកម្មវិធីជជែក ឬការបង់លុយ',
    },
    explanation: {
      en: 'A child’s age, sexual-service wording and a way to book or pay together describe the sale of a child for sex. Report it to the police or a child-protection hotline.',
      km: 'អាយុកុមារ ពាក្យសេវាផ្លូវភេទ និងវិធីកក់ ឬបង់លុយ ព្រមគ្នា ពិពណ៌នាពីការលក់កុមារសម្រាប់ផ្លូវភេទ។ សូមរាយការណ៍ទៅប៉ូលិស ឬខ្សែទូរស័ព្ទការពារកុមារ។',
    },
  },
  {
    id: 'rule.sextortion.threat_for_sexual_images',
    all: [['threat'], ['sexual']],
    weights: { sextortion: 1.6 },
    label: { en: 'Sexual demands backed by a threat', km: 'ការទាមទារផ្លូវភេទ អមដោយការគំរាម' },
    explanation: {
      en: 'Demanding nude pictures or sexual acts while threatening to expose or hurt the person is sextortion, whether or not money is asked for.',
      km: 'ការទាមទាររូបអាក្រាត ឬសកម្មភាពផ្លូវភេទ ព្រមទាំងគំរាមបង្ហាញរឿង ឬធ្វើបាប គឺជាការជំរិតផ្លូវភេទ ទោះបីមិនទារលុយក៏ដោយ។',
    },
  },
  {
    // A child + sexual or abuse-material words + a price or sale: an advert or a request to buy.
    // It is a trade, not a conversation with the child, so it takes back the grooming weight that
    // rule.grooming.minor_and_sexual adds.
    id: 'rule.cse.child_sex_for_sale',
    all: [['minor'], ['sexual'], ['price']],
    weights: { child_sexual_exploitation: 1.5, grooming: -1.5 },
    label: { en: 'A child offered or sought for sex, for a price', km: 'កុមារត្រូវបានផ្តល់ ឬស្វែងរកសម្រាប់ផ្លូវភេទ ដោយមានតម្លៃ' },
    explanation: {
      en: 'A child’s age or a word for a young girl, sexual or abuse-material words and a price or sale together describe buying or selling a child or images of a child. Report it to the police or a child-protection hotline.',
      km: 'អាយុកុមារ ឬពាក្យសំដៅលើក្មេងស្រី ពាក្យផ្លូវភេទ ឬរូបភាពរំលោភ និងតម្លៃ ឬការលក់ ព្រមគ្នា ពិពណ៌នាពីការទិញ ឬលក់កុមារ ឬរូបភាពកុមារ។ សូមរាយការណ៍ទៅប៉ូលិស ឬខ្សែទូរស័ព្ទការពារកុមារ។',
    },
  },
  {
    id: 'rule.sextortion.images_threat_and_demand',
    all: [['intimate_image'], ['threat'], ['payment_demand', 'deadline', 'photo_request']],
    weights: { sextortion: 0.8 },
    label: { en: 'Intimate images, a threat and a demand', km: 'រូបឯកជន ការគំរាម និងការទាមទារ' },
    explanation: {
      en: 'Private pictures, a threat to spread them and a demand (money, a deadline or more pictures) is the full pattern of sextortion. Do not pay or send more; keep the messages and get help.',
      km: 'រូបឯកជន ការគំរាមចែកចាយ និងការទាមទារ (លុយ ពេលកំណត់ ឬរូបបន្ថែម) គឺជាលំនាំពេញលេញនៃការជំរិតផ្លូវភេទ។ កុំបង់ ឬផ្ញើបន្ថែម សូមរក្សាសារ ហើយស្វែងរកជំនួយ។',
    },
  },
  {
    id: 'rule.sextortion.pictures_demanded_under_threat',
    all: [['photo_request'], ['threat']],
    weights: { sextortion: 1.8 },
    label: { en: 'Pictures demanded under a threat', km: 'ទាររូបថតដោយការគំរាម' },
    explanation: {
      en: '“Send more or I post the old ones” forces someone to keep sending pictures. This coercion is sextortion even when no money is asked for.',
      km: '«ផ្ញើថែម បើមិនអញ្ចឹងខ្ញុំផុសរូបចាស់» បង្ខំឲ្យគេបន្តផ្ញើរូប។ ការបង្ខិតបង្ខំនេះជាការជំរិតផ្លូវភេទ ទោះបីមិនទារលុយក៏ដោយ។',
    },
  },
  {
    id: 'rule.grooming.child_secret_contact',
    all: [['minor'], ['secrecy'], ['meet_request', 'photo_request', 'gift_offer']],
    weights: { grooming: 1.0 },
    label: { en: 'A child, secrecy and a meeting, pictures or gifts', km: 'កុមារ ការលាក់បាំង និងការជួប រូបថត ឬកាដូ' },
    explanation: {
      en: 'Talking to a child, asking for secrecy and also arranging a meeting, asking for pictures or giving gifts is the full grooming pattern. Keep the messages and tell a trusted adult or the police.',
      km: 'ការនិយាយជាមួយកុមារ សុំឲ្យលាក់ ហើយរៀបចំការជួប សុំរូប ឬឲ្យកាដូ គឺជាលំនាំលួងលោមពេញលេញ។ សូមរក្សាសារ ហើយប្រាប់មនុស្សធំដែលទុកចិត្ត ឬប៉ូលិស។',
    },
  },
  {
    id: 'rule.grooming.secret_private_contact',
    all: [['secrecy'], ['channel_move', 'gift_offer']],
    weights: { grooming: 0.8 },
    label: { en: 'Secrecy with a private app, a gift or a meeting', km: 'ការលាក់ រួមជាមួយកម្មវិធីឯកជន កាដូ ឬការជួប' },
    explanation: {
      en: 'Asking someone to keep quiet while moving the chat to a private app, giving gifts or arranging to meet is how groomers hide the contact from parents.',
      km: 'ការសុំឲ្យលាក់ ព្រមទាំងផ្លាស់ការជជែកទៅកម្មវិធីឯកជន ឲ្យកាដូ ឬរៀបចំការជួប ជារបៀបដែលអ្នកលួងលោមលាក់ទំនាក់ទំនងពីឪពុកម្តាយ។',
    },
  },
  {
    id: 'rule.grooming.child_flattered_or_moved',
    all: [['minor'], ['romance']],
    weights: { grooming: 1.0 },
    label: { en: 'A child flattered', km: 'កុមារត្រូវបានសរសើរ' },
    explanation: {
      en: 'A child’s age or school year together with flattery or a move to another app is an early grooming stage: building trust and getting the child alone online.',
      km: 'អាយុ ឬថ្នាក់រៀនរបស់កុមារ រួមជាមួយការសរសើរ ឬការផ្លាស់ទៅកម្មវិធីផ្សេង ជាដំណាក់កាលដំបូងនៃការលួងលោម៖ កសាងទំនុកចិត្ត ហើយនាំកុមារឲ្យនៅម្នាក់ឯងលើអ៊ីនធឺណិត។',
    },
  },
  {
    id: 'rule.grooming.isolation_stack',
    all: [['secrecy'], ['minor'], ['channel_move', 'photo_request', 'gift_offer', 'romance']],
    weights: { grooming: 0.8 },
    label: {
      en: 'Secrecy, flattery or age, and pictures, gifts or a private app',
      km: 'ការលាក់ ការសរសើរ ឬអាយុ និងរូបថត កាដូ ឬកម្មវិធីឯកជន',
    },
    explanation: {
      en: 'Several grooming stages at once: checking that no adult is around or asking for secrecy, flattering or noting the child’s age, and asking for pictures, giving gifts or moving to a private app.',
      km: 'ដំណាក់កាលលួងលោមច្រើនព្រមគ្នា៖ ពិនិត្យថាគ្មានមនុស្សធំ ឬសុំឲ្យលាក់ សរសើរ ឬនិយាយពីអាយុកុមារ ហើយសុំរូប ឲ្យកាដូ ឬផ្លាស់ទៅកម្មវិធីឯកជន។',
    },
  },
  {
    id: 'rule.sextortion.images_and_demand',
    all: [['intimate_image'], ['deadline', 'photo_request', 'threat']],
    weights: { sextortion: 0.9 },
    label: { en: 'Intimate images with a deadline, a demand or a threat', km: 'រូបឯកជន ជាមួយពេលកំណត់ ការទាមទារ ឬការគំរាម' },
    explanation: {
      en: 'Someone who says they hold your intimate pictures and sets a deadline or asks for more is blackmailing you. Do not pay or send more; keep the messages and get help.',
      km: 'អ្នកដែលនិយាយថាមានរូបឯកជនរបស់អ្នក ហើយដាក់ពេលកំណត់ ឬសុំបន្ថែម កំពុងជំរិតអ្នក។ កុំបង់ ឬផ្ញើបន្ថែម សូមរក្សាសារ ហើយស្វែងរកជំនួយ។',
    },
  },
  {
    id: 'rule.sextortion.spread_unless_paid',
    all: [['threat'], ['payment_demand', 'photo_request']],
    weights: { sextortion: 0.9 },
    label: { en: 'A threat to spread something unless paid or sent more', km: 'គំរាមចែកចាយ លុះត្រាតែបង់ ឬផ្ញើបន្ថែម' },
    explanation: {
      en: 'A threat to post or send something to your family or friends unless you pay or send pictures is coercion, usually sextortion.',
      km: 'ការគំរាមបង្ហោះ ឬផ្ញើអ្វីមួយទៅគ្រួសារ ឬមិត្តភក្តិ លុះត្រាតែអ្នកបង់ ឬផ្ញើរូប គឺជាការបង្ខិតបង្ខំ ច្រើនតែជាការជំរិតផ្លូវភេទ។',
    },
  },
  {
    id: 'rule.cse.child_traded',
    all: [
      ['minor'],
      ['price', 'payment_demand'],
      ['channel_move', 'payment_demand', 'sexual', 'photo_request', 'deadline'],
    ],
    weights: { child_sexual_exploitation: 1.6, grooming: -1.6 },
    label: {
      en: 'A child or child images offered or sought for a price',
      km: 'កុមារ ឬរូបកុមារ ត្រូវបានផ្តល់ ឬស្វែងរកដោយមានតម្លៃ',
    },
    explanation: {
      en: 'A child or images of a child, a sale, price, swap or booking, and a contact, payment or sexual wording together describe trading a child or child abuse material. Report it to the police or a child-protection hotline.',
      km: 'កុមារ ឬរូបកុមារ ការលក់ តម្លៃ ការដូរ ឬការកក់ និងទំនាក់ទំនង ការបង់លុយ ឬពាក្យផ្លូវភេទ ព្រមគ្នា ពិពណ៌នាពីការជួញដូរកុមារ ឬរូបភាពរំលោភកុមារ។ សូមរាយការណ៍ទៅប៉ូលិស ឬខ្សែទូរស័ព្ទការពារកុមារ។',
    },
  },
  {
    id: 'rule.cse.child_and_price',
    all: [['minor'], ['price']],
    weights: { child_sexual_exploitation: 0.8 },
    label: { en: 'A child mentioned with a price or sale', km: 'កុមារត្រូវបាននិយាយជាមួយតម្លៃ ឬការលក់' },
    explanation: {
      en: 'A child’s age or child images next to a price, sale or swap. Prices for children’s things are common, so this adds only a little and matters with booking or sexual words.',
      km: 'អាយុកុមារ ឬរូបកុមារ នៅក្បែរតម្លៃ ការលក់ ឬការដូរ។ តម្លៃរបស់ក្មេងមានច្រើន ដូច្នេះវាបន្ថែមតិចតួច ហើយសំខាន់ជាមួយការកក់ ឬពាក្យផ្លូវភេទ។',
    },
  },
  {
    id: 'rule.grooming.secret_app_and_lure',
    all: [['secrecy'], ['channel_move'], ['gift_offer', 'minor', 'romance', 'photo_request', 'meet_request']],
    weights: { grooming: 1.0 },
    label: {
      en: 'Secrecy, a private app and a gift, flattery or pictures',
      km: 'ការលាក់ កម្មវិធីឯកជន និងកាដូ ការសរសើរ ឬរូបថត',
    },
    explanation: {
      en: 'Keeping the contact secret, moving it to another app and adding gifts, flattery, a child’s age or picture requests is the full grooming pattern. Keep the messages and tell a trusted adult.',
      km: 'ការលាក់ទំនាក់ទំនង ផ្លាស់ទៅកម្មវិធីផ្សេង ហើយបន្ថែមកាដូ ការសរសើរ អាយុកុមារ ឬការសុំរូប ជាលំនាំលួងលោមពេញលេញ។ សូមរក្សាសារ ហើយប្រាប់មនុស្សធំដែលទុកចិត្ត។',
    },
  },
  {
    // Round 7: a meeting arranged together with secrecy or a cover story ("tell your mom you're at
    // Jess's house") is how groomers get a child alone offline.
    id: 'rule.grooming.secret_meeting',
    all: [['secrecy'], ['meet_request']],
    weights: { grooming: 0.8 },
    label: { en: 'A meeting kept secret from parents', km: 'ការជួបគ្នាដែលលាក់ពីឪពុកម្តាយ' },
    explanation: {
      en: 'Arranging to meet while asking to keep it secret, or telling the young person what to say at home, hides the meeting from the adults who would stop it. Tell a trusted adult before going anywhere.',
      km: 'ការណាត់ជួប ព្រមទាំងសុំឲ្យលាក់ ឬប្រាប់ក្មេងថាត្រូវនិយាយអ្វីនៅផ្ទះ លាក់ការជួបពីមនុស្សធំដែលនឹងឃាត់វា។ សូមប្រាប់មនុស្សធំដែលទុកចិត្ត មុនពេលទៅកន្លែងណាមួយ។',
    },
  },
  {
    // Round 7: gifts or game credit for a child, with a move to a private app or flattery, is the
    // gaming-platform grooming pattern even before any picture is asked for.
    id: 'rule.grooming.child_gifts_and_contact',
    all: [['minor'], ['gift_offer'], ['channel_move', 'romance']],
    weights: { grooming: 1.2 },
    label: {
      en: 'Gifts for a child, with flattery or a private app',
      km: 'កាដូឲ្យកុមារ ជាមួយការសរសើរ ឬកម្មវិធីឯកជន',
    },
    explanation: {
      en: 'An adult who offers a child gifts, game credit or top-ups while flattering the child or moving the chat to another app is building a debt of gratitude and getting the child alone. Keep the messages and tell a trusted adult.',
      km: 'មនុស្សពេញវ័យដែលឲ្យកាដូ លុយហ្គេម ឬបញ្ចូលលុយទូរស័ព្ទដល់កុមារ ព្រមទាំងសរសើរ ឬផ្លាស់ការជជែកទៅកម្មវិធីផ្សេង កំពុងបង្កើតបំណុលចិត្ត ហើយនាំកុមារឲ្យនៅម្នាក់ឯង។ សូមរក្សាសារ ហើយប្រាប់មនុស្សធំដែលទុកចិត្ត។',
    },
  },
  {
    // Round 9: "be my girlfriend, keep it between us, send me a pic": flattery or a romantic ask,
    // secrecy and a picture request is the exclusivity stage of grooming. Romance and secrecy alone,
    // or with a gift, stay out: adult romance lures say "don't tell your parents, I bought your
    // ticket" too.
    id: 'rule.grooming.secret_romance',
    all: [['romance'], ['secrecy'], ['photo_request']],
    weights: { grooming: 1.2 },
    label: { en: 'Flattery kept secret, with a picture request', km: 'ការសរសើរដែលឲ្យលាក់ ជាមួយការសុំរូប' },
    explanation: {
      en: 'Flattering a young person or asking them to be a girlfriend or boyfriend, asking them to keep it secret, and asking for pictures is how groomers build a bond the parents do not know about.',
      km: 'ការសរសើរក្មេង ឬសុំធ្វើសង្សារ សុំឲ្យលាក់ ហើយសុំរូប ជារបៀបដែលអ្នកលួងលោមកសាងចំណងដែលឪពុកម្តាយមិនដឹង។',
    },
  },
  {
    // Round 9: "I'll buy you the new skin if you send a pic in your pyjamas". rule.loan.gift_for_pictures
    // weighs the exchange as exploitation for money; this is its grooming side (game items and
    // top-ups for pictures are how offenders reach children on gaming apps).
    id: 'rule.grooming.gift_for_pictures',
    all: [['gift_offer'], ['photo_request', 'sexual']],
    weights: { grooming: 1.8 },
    label: { en: 'Gifts or game items for pictures', km: 'កាដូ ឬរបស់ក្នុងហ្គេម ដើម្បីដូររូបថត' },
    explanation: {
      en: 'Offering game skins, top-ups or other gifts in return for pictures is a grooming tactic: the gift creates a debt and the pictures can later be used for blackmail.',
      km: 'ការឲ្យស្គីនហ្គេម លុយបញ្ចូល ឬកាដូផ្សេងៗ ដើម្បីដូរនឹងរូបថត ជាល្បិចលួងលោម៖ កាដូបង្កើតបំណុលចិត្ត ហើយរូបអាចត្រូវបានប្រើគំរាមនៅពេលក្រោយ។',
    },
  },
  {
    // A threat to spread or show something, and the target's own circle named as who will see it:
    // the shape of every exposure threat ("if you stop, I send them to your school"), whatever
    // the words for the pictures. Either alone is everyday talk.
    id: 'rule.sextortion.threat_to_own_circle',
    all: [['threat'], ['audience']],
    weights: { sextortion: 1.6 },
    label: {
      en: 'A threat to show something to your family, school or friends',
      km: 'ការគំរាមបង្ហាញអ្វីមួយដល់គ្រួសារ សាលា ឬមិត្តភក្តិរបស់អ្នក',
    },
    explanation: {
      en: 'Threatening to post or send something to the people you know (your parents, your school, your followers) is how blackmailers take control. If it is about pictures or a video of you, it is sextortion: do not pay or send more; keep the messages and get help.',
      km: 'ការគំរាមបង្ហោះ ឬផ្ញើអ្វីមួយទៅមនុស្សដែលអ្នកស្គាល់ (ឪពុកម្តាយ សាលា អ្នកតាមដាន) គឺជារបៀបដែលអ្នកជំរិតគ្រប់គ្រងអ្នក។ បើវាជារូប ឬវីដេអូរបស់អ្នក នោះជាការជំរិតផ្លូវភេទ៖ កុំបង់ ឬផ្ញើបន្ថែម សូមរក្សាសារ ហើយស្វែងរកជំនួយ។',
    },
  },
  {
    id: 'rule.sextortion.own_circle_threat_and_demand',
    all: [['threat'], ['audience'], ['deadline', 'payment_demand', 'photo_request', 'intimate_image']],
    weights: { sextortion: 0.8 },
    label: {
      en: 'A threat to your circle, with a demand or a deadline',
      km: 'ការគំរាមដល់មនុស្សជុំវិញអ្នក ជាមួយការទាមទារ ឬពេលកំណត់',
    },
    explanation: {
      en: 'A threat to show something to the people you know, tied to money, more pictures or a deadline, is the full pattern of sextortion. Paying or sending more never ends it.',
      km: 'ការគំរាមបង្ហាញអ្វីមួយដល់មនុស្សដែលអ្នកស្គាល់ ភ្ជាប់នឹងលុយ រូបបន្ថែម ឬពេលកំណត់ គឺជាលំនាំពេញលេញនៃការជំរិតផ្លូវភេទ។ ការបង់ ឬផ្ញើបន្ថែមមិនដែលបញ្ចប់វាទេ។',
    },
  },
  // --- end grooming, child_sexual_exploitation and sextortion ---
  // --- rules for romance_lure, victim_distress, organ_trafficking and surrogacy_adoption (append here) ---
  {
    id: 'rule.distress.child_in_distress',
    all: [['distress', 'captivity', 'violence'], ['minor']],
    weights: { victim_distress: 1.0 },
    label: { en: 'A child pleading or in distress', km: 'កុមារកំពុងអង្វរ ឬស្ថិតក្នុងទុក្ខព្រួយ' },
    explanation: {
      en: "Someone who gives a child's age is pleading, afraid or asking for help. A child under pressure needs an adult's help quickly.",
      km: 'អ្នកដែលប្រាប់អាយុជាកុមារ កំពុងអង្វរ ភ័យខ្លាច ឬសុំជំនួយ។ កុមារដែលរងសម្ពាធត្រូវការជំនួយពីមនុស្សពេញវ័យយ៉ាងឆាប់។',
    },
  },
  {
    id: 'rule.distress.pleading_under_threat',
    all: [['distress'], ['threat']],
    weights: { victim_distress: 1.2 },
    label: { en: 'Someone pleading while being threatened', km: 'មានអ្នកអង្វរ ខណៈកំពុងត្រូវគេគំរាម' },
    explanation: {
      en: 'The conversation has both a threat and a plea or a cry for help: one person is being pressured and is afraid.',
      km: 'ការសន្ទនាមានទាំងការគំរាម និងការអង្វរ ឬការសុំជំនួយ៖ មានម្នាក់កំពុងរងសម្ពាធ ហើយភ័យខ្លាច។',
    },
  },
  {
    // Romance that ends in an investment pitch or a money request is a scam ("pig-butchering"),
    // not a travel lure: romance_lure is reserved for luring someone to travel or cross a border.
    id: 'rule.scam.love_and_investment',
    all: [['romance'], ['investment']],
    weights: { scam: 2.0 },
    label: { en: 'Love talk mixed with an investment pitch', km: 'ពាក្យស្នេហាលាយជាមួយការអញ្ជើញវិនិយោគ' },
    explanation: {
      en: 'Sweet talk followed by a "sure" investment platform is the pattern of romance-investment ("pig-butchering") scams, often run from scam compounds.',
      km: 'ពាក្យផ្អែមល្ហែម បន្តដោយ platform វិនិយោគដែល «ប្រាកដជាចំណេញ» គឺជាលំនាំនៃការបោកប្រាស់ស្នេហា-វិនិយោគ ដែលច្រើនតែដំណើរការពីមជ្ឈមណ្ឌលបោកប្រាស់។',
    },
  },
  {
    id: 'rule.scam.love_and_money_request',
    all: [['romance'], ['payment_demand']],
    weights: { scam: 1.5 },
    label: { en: 'An online partner asks for money', km: 'គូស្នេហ៍អនឡាញសុំលុយ' },
    explanation: {
      en: 'Declarations of love together with a request to send money or pay a fee is how romance scams take money. Someone you have never met should not need your money.',
      km: 'ការប្រកាសស្នេហា ព្រមទាំងសុំឱ្យផ្ញើលុយ ឬបង់ថ្លៃ គឺជារបៀបដែលការបោកប្រាស់ស្នេហាយកលុយ។ អ្នកដែលមិនធ្លាប់ជួប មិនគួរត្រូវការលុយរបស់អ្នកទេ។',
    },
  },
  {
    id: 'rule.romance.secret_trip',
    all: [['romance'], ['travel_paid', 'meet_request', 'job_offer'], ['secrecy']],
    weights: { romance_lure: 1.5 },
    label: { en: 'A lover plans your trip and asks you to hide it', km: 'សង្សាររៀបចំដំណើររបស់អ្នក ហើយសុំឱ្យលាក់' },
    explanation: {
      en: 'A partner who pays for your journey or offers you a job, and asks you not to tell your parents, is isolating you from the people who would check the offer.',
      km: 'គូស្នេហ៍ដែលចេញថ្លៃធ្វើដំណើរ ឬផ្តល់ការងារ ហើយសុំកុំឱ្យប្រាប់ឪពុកម្តាយ កំពុងញែកអ្នកចេញពីមនុស្សដែលនឹងពិនិត្យការផ្តល់ជូននោះ។',
    },
  },
  {
    id: 'rule.romance.secret_trip_abroad',
    all: [['romance'], ['secrecy'], ['abroad']],
    weights: { romance_lure: 1.2 },
    label: { en: 'A lover abroad asks you to keep a secret', km: 'សង្សារនៅបរទេសសុំឱ្យអ្នកលាក់រឿង' },
    explanation: {
      en: 'Love talk, a place abroad and a request to hide it from your family together are how lovers lure people across borders.',
      km: 'ពាក្យស្នេហា កន្លែងនៅបរទេស និងការសុំឱ្យលាក់ពីគ្រួសារ រួមគ្នា គឺជាវិធីដែលសង្សារបញ្ឆោតមនុស្សឆ្លងដែន។',
    },
  },
  {
    id: 'rule.romance.new_contact_to_private_app',
    all: [['romance'], ['channel_move']],
    weights: { romance_lure: 0.3 },
    label: { en: 'A new "friend" moves you to a private chat app', km: '«មិត្ត» ថ្មីនាំអ្នកទៅកម្មវិធីជជែកឯកជន' },
    explanation: {
      en: 'Friendly or loving messages from a new contact followed by "let\'s talk on WhatsApp" is how romance and investment scams move victims out of sight.',
      km: 'សាររាក់ទាក់ ឬស្នេហាពីទំនាក់ទំនងថ្មី បន្តដោយ «តោះនិយាយតាម WhatsApp» គឺជារបៀបដែលការបោកប្រាស់ស្នេហា និងវិនិយោគនាំជនរងគ្រោះចេញពីការមើលឃើញ។',
    },
  },
  {
    id: 'rule.romance.bride_offer',
    all: [['marriage'], ['price'], ['abroad', 'travel_paid']],
    weights: { romance_lure: 1.6 },
    label: { en: 'Marriage abroad with money for your family', km: 'រៀបការនៅបរទេស ដោយមានលុយឲ្យគ្រួសារ' },
    explanation: {
      en: 'A marriage to a man abroad, with money promised to your family and the trip arranged, is how bride brokers sell women. Many cannot leave the husband who "paid" for them.',
      km: 'ការរៀបការជាមួយបុរសនៅបរទេស ដោយសន្យាឲ្យលុយគ្រួសារ និងរៀបចំការធ្វើដំណើរឲ្យ គឺជារបៀបដែលមេខ្យល់កូនក្រមុំលក់ស្ត្រី។ ស្ត្រីជាច្រើនមិនអាចចាកចេញពីប្តីដែល «បានបង់លុយ» សម្រាប់ពួកគេ។',
    },
  },
  {
    id: 'rule.romance.bride_abroad_papers',
    all: [['marriage'], ['abroad'], ['travel_paid']],
    weights: { romance_lure: 1.2 },
    label: {
      en: 'A foreign marriage with travel and papers arranged for you',
      km: 'អាពាហ៍ពិពាហ៍បរទេស ដែលរៀបចំការធ្វើដំណើរ និងឯកសារឲ្យ',
    },
    explanation: {
      en: 'Someone else arranging your papers and travel to marry abroad means you arrive dependent on them, often without your own passport.',
      km: 'ការដែលអ្នកផ្សេងរៀបចំឯកសារ និងការធ្វើដំណើរឲ្យអ្នកទៅរៀបការនៅបរទេស មានន័យថាអ្នកទៅដល់ដោយពឹងលើពួកគេ ហើយច្រើនតែគ្មានលិខិតឆ្លងដែនផ្ទាល់ខ្លួន។',
    },
  },
  {
    id: 'rule.romance.lover_irregular_crossing',
    all: [['romance', 'marriage'], ['border_irregular']],
    weights: { romance_lure: 3.0 },
    label: { en: 'A lover has you cross the border without papers', km: 'សង្សារឲ្យអ្នកឆ្លងព្រំដែនដោយគ្មានឯកសារ' },
    explanation: {
      en: 'A partner who has someone take you across a border without a passport leaves you with no papers and no legal status on the other side. It is a known trafficking method.',
      km: 'គូស្នេហ៍ដែលឲ្យគេនាំអ្នកឆ្លងព្រំដែនដោយគ្មានលិខិតឆ្លងដែន ធ្វើឲ្យអ្នកគ្មានឯកសារ និងគ្មានស្ថានភាពស្របច្បាប់នៅម្ខាងទៀត។ នេះជាវិធីជួញដូរមនុស្សដែលគេស្គាល់។',
    },
  },
  {
    id: 'rule.romance.lover_pays_trip',
    all: [['romance'], ['travel_paid']],
    weights: { romance_lure: 1.0 },
    label: { en: 'An online partner pays for your journey', km: 'គូស្នេហ៍អនឡាញចេញថ្លៃធ្វើដំណើរឲ្យ' },
    explanation: {
      en: 'Love talk together with a ticket or fare paid for you. Alone it can be a real couple; with a foreign destination, a border or secrecy it is a known trafficking lure.',
      km: 'ពាក្យស្នេហា ព្រមទាំងសំបុត្រ ឬថ្លៃធ្វើដំណើរដែលគេចេញឲ្យ។ តែម្នាក់ឯងអាចជាគូស្នេហ៍ពិត ប៉ុន្តែជាមួយគោលដៅបរទេស ព្រំដែន ឬការលាក់ការសម្ងាត់ វាជានុយជួញដូរមនុស្សដែលគេស្គាល់។',
    },
  },
  {
    id: 'rule.romance.lover_trip_wedding',
    all: [['romance'], ['travel_paid'], ['marriage']],
    weights: { romance_lure: 1.5 },
    label: { en: 'A lover pays your trip and promises marriage', km: 'សង្សារចេញថ្លៃធ្វើដំណើរ ហើយសន្យារៀបការ' },
    explanation: {
      en: 'Paying your journey and promising a wedding on arrival, before you have met, is bait that makes you travel alone to someone you do not know.',
      km: 'ការចេញថ្លៃធ្វើដំណើរ និងសន្យារៀបការពេលមកដល់ មុនពេលជួបគ្នា គឺជានុយដែលធ្វើឲ្យអ្នកធ្វើដំណើរតែម្នាក់ឯងទៅរកអ្នកដែលអ្នកមិនស្គាល់។',
    },
  },
  {
    id: 'rule.organ.organ_for_money',
    all: [['organ'], ['price', 'pay_high']],
    weights: { organ_trafficking: 3.0 },
    label: { en: 'Money offered for a kidney or organ', km: 'ផ្តល់លុយដើម្បីតម្រងនោម ឬសរីរាង្គ' },
    explanation: {
      en: 'Payment, cash or a "good price" offered for a kidney or another organ is organ trafficking. Sellers are often cheated and left without medical care.',
      km: 'ការផ្តល់ការបង់លុយ លុយសុទ្ធ ឬ «តម្លៃល្អ» ដើម្បីតម្រងនោម ឬសរីរាង្គផ្សេង គឺជាការជួញដូរសរីរាង្គ។ អ្នកលក់ច្រើនតែត្រូវគេបោក ហើយគ្មានការថែទាំវេជ្ជសាស្ត្រ។',
    },
  },
  {
    id: 'rule.organ.organ_and_debt',
    all: [['organ'], ['debt']],
    weights: { organ_trafficking: 1.5 },
    label: { en: 'A kidney mentioned as a way out of debt', km: 'តម្រងនោមត្រូវបាននិយាយថាជាផ្លូវចេញពីបំណុល' },
    explanation: {
      en: 'Brokers look for people in debt and present selling a kidney as the solution. Debt collectors sometimes demand it.',
      km: 'មេខ្យល់ស្វែងរកអ្នកជំពាក់បំណុល ហើយបង្ហាញការលក់តម្រងនោមថាជាដំណោះស្រាយ។ អ្នកទារបំណុលខ្លះថែមទាំងទាមទារវា។',
    },
  },
  {
    id: 'rule.organ.organ_trip',
    all: [['organ'], ['travel_paid', 'abroad']],
    weights: { organ_trafficking: 0.6 },
    label: { en: 'A kidney or organ and a trip abroad', km: 'តម្រងនោម ឬសរីរាង្គ និងការធ្វើដំណើរទៅបរទេស' },
    explanation: {
      en: 'Organ brokers fly "donors" abroad, where they have no one to turn to, and pay for the trip so the person feels obliged.',
      km: 'មេខ្យល់សរីរាង្គនាំ «អ្នកបរិច្ចាគ» ទៅបរទេស ជាកន្លែងដែលពួកគេគ្មាននរណាពឹង ហើយចេញថ្លៃធ្វើដំណើរ ដើម្បីឲ្យអ្នកនោះមានអារម្មណ៍ជំពាក់គុណ។',
    },
  },
  {
    id: 'rule.organ.organ_secret',
    all: [['organ'], ['secrecy']],
    weights: { organ_trafficking: 1.0 },
    label: { en: 'A kidney or organ and a request for secrecy', km: 'តម្រងនោម ឬសរីរាង្គ និងការសុំឲ្យលាក់ការសម្ងាត់' },
    explanation: {
      en: 'A real transplant is done openly in a hospital with the family informed. "Nobody will know" next to a kidney is the broker talking.',
      km: 'ការប្តូរសរីរាង្គពិតធ្វើដោយបើកចំហនៅមន្ទីរពេទ្យ ហើយគ្រួសារដឹង។ «គ្មាននរណាដឹង» នៅក្បែរពាក្យតម្រងនោម គឺជាសម្តីរបស់មេខ្យល់។',
    },
  },
  {
    id: 'rule.organ.organ_captive',
    all: [['organ'], ['captivity', 'threat', 'violence']],
    weights: { organ_trafficking: 1.5, victim_distress: 0.8 },
    label: { en: 'A kidney or organ and someone held or threatened', km: 'តម្រងនោម ឬសរីរាង្គ និងមនុស្សត្រូវគេឃុំ ឬគំរាម' },
    explanation: {
      en: 'A person held, threatened or beaten who also mentions a kidney or organ may be at risk of forced organ removal. Call the police or the embassy.',
      km: 'មនុស្សដែលត្រូវគេឃុំ គំរាម ឬវាយ ហើយនិយាយពីតម្រងនោម ឬសរីរាង្គ អាចប្រឈមនឹងការបង្ខំវះយកសរីរាង្គ។ សូមទូរស័ព្ទទៅប៉ូលិស ឬស្ថានទូត។',
    },
  },
  {
    id: 'rule.surrogacy.baby_for_money',
    all: [['baby'], ['price', 'pay_high']],
    weights: { surrogacy_adoption: 2.2 },
    label: { en: 'Money offered around a baby or a pregnancy', km: 'ផ្តល់លុយជុំវិញទារក ឬការមានផ្ទៃពោះ' },
    explanation: {
      en: 'A payment, "compensation" or "nutrition fee" offered for a baby or a pregnancy is how baby sales and illegal surrogacy are advertised.',
      km: 'ការផ្តល់លុយ «សំណង» ឬ «ថ្លៃចិញ្ចឹមម្តាយ» សម្រាប់ទារក ឬការមានផ្ទៃពោះ គឺជារបៀបផ្សាយការលក់ទារក និងការពពោះជំនួសខុសច្បាប់។',
    },
  },
  {
    id: 'rule.surrogacy.baby_secret',
    all: [['baby'], ['secrecy']],
    weights: { surrogacy_adoption: 1.2 },
    label: { en: 'A baby handed over in secret', km: 'ទារកត្រូវប្រគល់ដោយសម្ងាត់' },
    explanation: {
      en: 'A baby or pregnancy arranged "privately", "no agency" or in secret avoids the checks that protect the child and the mother.',
      km: 'ទារក ឬការមានផ្ទៃពោះដែលរៀបចំ «ឯកជន» «មិនឆ្លងអង្គការ» ឬដោយសម្ងាត់ គេចពីការត្រួតពិនិត្យដែលការពារកុមារ និងម្តាយ។',
    },
  },
  {
    id: 'rule.surrogacy.baby_abroad',
    all: [['baby'], ['abroad', 'travel_paid']],
    weights: { surrogacy_adoption: 0.8 },
    label: { en: 'A pregnancy with travel abroad arranged', km: 'ការមានផ្ទៃពោះ ជាមួយការរៀបចំធ្វើដំណើរទៅបរទេស' },
    explanation: {
      en: 'Women taken abroad to carry or give birth to a baby for others are often kept in houses until the birth, far from help.',
      km: 'ស្ត្រីដែលត្រូវនាំទៅបរទេសដើម្បីពពោះ ឬសម្រាលកូនឲ្យអ្នកដទៃ ច្រើនតែត្រូវឃុំនៅផ្ទះរហូតដល់សម្រាល ឆ្ងាយពីជំនួយ។',
    },
  },
  {
    id: 'rule.distress.held_or_hurt_abroad',
    all: [
      ['captivity', 'violence'],
      ['abroad', 'document_request'],
    ],
    weights: { victim_distress: 1.0 },
    label: { en: 'Someone held or hurt at a known hub', km: 'មានអ្នកត្រូវឃុំ ឬធ្វើបាបនៅកន្លែងដែលគេស្គាល់' },
    explanation: {
      en: 'The writer describes being locked in, stripped of papers or beaten, and names a place known for scam compounds.',
      km: 'អ្នកសរសេររៀបរាប់ថាត្រូវចាក់សោ ត្រូវដកឯកសារ ឬត្រូវវាយ ហើយបញ្ជាក់ឈ្មោះកន្លែងដែលគេស្គាល់ថាមានមជ្ឈមណ្ឌលបោកប្រាស់។',
    },
  },
  {
    id: 'rule.distress.plea_and_captivity',
    all: [['distress'], ['captivity']],
    weights: { victim_distress: 1.6 },
    label: { en: 'A plea for help from someone held', km: 'ការសុំជំនួយពីអ្នកដែលត្រូវគេឃុំ' },
    explanation: {
      en: 'The writer asks for help and describes being locked in, guarded or stripped of passport and phone. Contact the police, the embassy or a hotline.',
      km: 'អ្នកសរសេរសុំជំនួយ ហើយរៀបរាប់ថាត្រូវចាក់សោ មានឆ្មាំយាម ឬត្រូវដកលិខិតឆ្លងដែន និងទូរស័ព្ទ។ សូមទាក់ទងប៉ូលិស ស្ថានទូត ឬខ្សែទូរស័ព្ទជំនួយ។',
    },
  },
  {
    id: 'rule.distress.plea_and_violence',
    all: [['distress'], ['violence']],
    weights: { victim_distress: 1.4 },
    label: { en: 'A plea for help from someone being hurt', km: 'ការសុំជំនួយពីអ្នកដែលកំពុងត្រូវគេធ្វើបាប' },
    explanation: {
      en: 'The writer asks for help and describes beatings or shocks. They are in danger now.',
      km: 'អ្នកសរសេរសុំជំនួយ ហើយរៀបរាប់ពីការវាយដំ ឬការឆក់ភ្លើង។ ពួកគេកំពុងស្ថិតក្នុងគ្រោះថ្នាក់។',
    },
  },
  {
    id: 'rule.distress.captivity_and_violence',
    all: [['captivity'], ['violence']],
    weights: { victim_distress: 1.5 },
    label: { en: 'Held and hurt', km: 'ត្រូវឃុំ និងត្រូវធ្វើបាប' },
    explanation: {
      en: 'Being locked in or guarded together with beatings or shocks describes forced labour or a scam compound.',
      km: 'ការត្រូវចាក់សោ ឬមានឆ្មាំយាម ព្រមទាំងការវាយដំ ឬការឆក់ភ្លើង ពិពណ៌នាការងារដោយបង្ខំ ឬមជ្ឈមណ្ឌលបោកប្រាស់។',
    },
  },
  {
    id: 'rule.distress.debt_bondage',
    all: [['debt'], ['captivity', 'distress']],
    weights: { victim_distress: 1.5 },
    label: { en: 'Kept by a debt', km: 'ត្រូវគេឃុំដោយបំណុល' },
    explanation: {
      en: 'A "debt" for travel or food that must be paid before the person may leave is debt bondage. The family is often asked to pay; get advice from the police or a hotline first.',
      km: '«បំណុល» ថ្លៃធ្វើដំណើរ ឬម្ហូប ដែលត្រូវសងមុនពេលអាចចាកចេញ គឺជាការជាប់បំណុល។ គ្រួសារច្រើនតែត្រូវគេសុំឲ្យបង់លុយ សូមសុំយោបល់ពីប៉ូលិស ឬខ្សែទូរស័ព្ទជំនួយជាមុនសិន។',
    },
  },
  // --- end romance_lure, victim_distress, organ_trafficking and surrogacy_adoption ---
];
