/**
 * Texts of the demo dataset's tips and hotline calls: what relatives, victims and witnesses tell a
 * hotline, in English and Khmer. Slots in braces are filled with fictional values: {handle} a
 * made-up Telegram handle, {phone} a made-up number, {place} a hub, {amount} a sum, {age} an age,
 * {wallet} a made-up USDT (TRON) address.
 * These texts are for trying the product; they are not evaluation data.
 */
export interface TipTemplate {
  /** The harm the tip is about, as a case worker would file it. */
  harm:
    | 'recruitment_fraud'
    | 'grooming'
    | 'sextortion'
    | 'predatory_loan'
    | 'romance_lure'
    | 'organ_trafficking'
    | 'surrogacy_adoption'
    | 'victim_distress'
    | 'scam'
    | 'none';
  language: 'en' | 'km';
  text: string;
}

export const TIP_TEMPLATES: readonly TipTemplate[] = [
  {
    harm: 'recruitment_fraud',
    language: 'en',
    text: 'My brother answered a Facebook ad for a customer service job in {place}, ${amount} a month, no experience needed, free visa and flight. The recruiter told him to send his passport photo to {handle} on Telegram and leave next week. Is this real?',
  },
  {
    harm: 'recruitment_fraud',
    language: 'km',
    text: 'ប្អូនស្រីខ្ញុំឃើញការផ្សាយការងារនៅហ្វេសប៊ុក ធ្វើការផ្នែកបម្រើអតិថិជននៅ{place} ប្រាក់ខែ {amount} ដុល្លារ មិនត្រូវការបទពិសោធន៍ ចេញថ្លៃទិដ្ឋាការ និងសំបុត្រយន្តហោះឱ្យ។ គេប្រាប់ឱ្យផ្ញើរូបថតអត្តសញ្ញាណប័ណ្ណទៅ Telegram {handle}។',
  },
  {
    harm: 'victim_distress',
    language: 'en',
    text: 'My son went to work in {place} three months ago. Today he called from {phone} crying: the company took his passport, they beat people who do not reach the target, and he must pay ${amount} to leave. Please help us.',
  },
  {
    harm: 'victim_distress',
    language: 'km',
    text: 'កូនប្រុសខ្ញុំទៅធ្វើការនៅ{place} បានបីខែហើយ។ ថ្ងៃនេះគាត់ទូរស័ព្ទមកពីលេខ {phone} យំ ប្រាប់ថា ក្រុមហ៊ុនដកលិខិតឆ្លងដែនគាត់ វាយអ្នកដែលធ្វើមិនបានគោលដៅ ហើយត្រូវបង់ {amount} ដុល្លារទើបអាចចេញបាន។ សូមជួយផង។',
  },
  {
    harm: 'grooming',
    language: 'en',
    text: 'A man on TikTok has been messaging my {age}-year-old daughter for weeks. He sends her phone credit, tells her not to tell us, and now wants her to move to Telegram ({handle}) and send pictures.',
  },
  {
    harm: 'grooming',
    language: 'km',
    text: 'មានបុរសម្នាក់ឆាតជាមួយកូនស្រីខ្ញុំអាយុ {age} ឆ្នាំ តាម Facebook ជាច្រើនសប្តាហ៍ហើយ។ គាត់ផ្ញើកាតទូរស័ព្ទឱ្យ ប្រាប់កុំឱ្យប្រាប់ម៉ែឪ ហើយឥឡូវសុំឱ្យផ្ញើរូបថតទៅគាត់។',
  },
  {
    harm: 'sextortion',
    language: 'en',
    text: 'Someone I met online says he will send my private video to all my Facebook friends unless I pay ${amount} before tonight. He gave a USDT wallet address, {wallet}, and his account is {handle}.',
  },
  {
    harm: 'sextortion',
    language: 'km',
    text: 'មានគេគំរាមថានឹងបង្ហោះរូបឯកជនរបស់ខ្ញុំលើហ្វេសប៊ុក បើខ្ញុំមិនផ្ញើលុយ {amount} ដុល្លារឱ្យគាត់ក្នុងថ្ងៃនេះ។ គណនីគាត់ {handle}។',
  },
  {
    harm: 'predatory_loan',
    language: 'en',
    text: 'An older man lent my {age}-year-old niece ${amount} for her school fees. Now he says she can pay it back with photos of herself or by meeting him at a guesthouse.',
  },
  {
    harm: 'predatory_loan',
    language: 'km',
    text: 'មានបុរសម្នាក់ឱ្យក្មួយស្រីខ្ញុំអាយុ {age} ឆ្នាំខ្ចីលុយ {amount} ដុល្លារ។ ឥឡូវគាត់ថា បើគ្មានលុយសង ត្រូវផ្ញើរូបថតខ្លួនឯង ឬទៅជួបគាត់នៅផ្ទះសំណាក់។',
  },
  {
    harm: 'romance_lure',
    language: 'en',
    text: 'My cousin has an online boyfriend she has never met. He says he loves her and will pay her bus ticket to {place} to live with him and get a good job there. She leaves on Friday.',
  },
  {
    harm: 'organ_trafficking',
    language: 'en',
    text: 'A broker is going around our village offering ${amount} to people who sell a kidney. He says the operation is abroad, all costs paid, and to call him on {phone}.',
  },
  {
    harm: 'organ_trafficking',
    language: 'km',
    text: 'មានឈ្មួញម្នាក់ដើរក្នុងភូមិយើង ប្រាប់ថានឹងឱ្យលុយ {amount} ដុល្លារ ដល់អ្នកដែលលក់តម្រងនោម។ គាត់ថាវះកាត់នៅបរទេស ចេញថ្លៃទាំងអស់ឱ្យ ហៅលេខ {phone}។',
  },
  {
    harm: 'surrogacy_adoption',
    language: 'en',
    text: 'A woman in a Facebook group is looking for young pregnant women who do not want their baby. She pays ${amount} after the birth and takes care of the papers. Her number is {phone}.',
  },
  {
    harm: 'scam',
    language: 'en',
    text: 'A woman I met on a dating app got me to invest in a crypto trading platform. I put in ${amount} and now they want a tax payment to {wallet} before I can withdraw. Her Telegram is {handle}.',
  },
  {
    harm: 'none',
    language: 'en',
    text: 'I want to work in Korea. How do I know if a recruitment agency is licensed, and where can I check?',
  },
  {
    harm: 'none',
    language: 'km',
    text: 'ខ្ញុំចង់ទៅធ្វើការនៅថៃតាមផ្លូវត្រឹមត្រូវ។ តើត្រូវទៅសួរនៅណា ដើម្បីដឹងថាក្រុមហ៊ុនជ្រើសរើសមានអាជ្ញាប័ណ្ណឬអត់?',
  },
];
