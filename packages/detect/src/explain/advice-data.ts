import type { Harm } from '../types.ts';

/**
 * What to do, per harm, for the person reading the result (a job seeker, a parent, a young person,
 * a relative of someone abroad). Steps are concrete: what to check, what not to do, how to keep
 * evidence, whom to tell. Hotline numbers are not repeated here; they come from `hotlines-data.ts`
 * for the reader's country.
 *
 * Sources for the advice: IOM/ILO safe-migration guidance (verify the agency, keep your passport,
 * never pay to get a job), Thai DOE and Philippine DMW/BI advisories on scam-compound recruitment,
 * FBI / NCMEC / Thorn guidance on sextortion (do not pay, keep evidence, block, report, Take It
 * Down), StopNCII.org, and central-bank consumer guidance on lending (licence, written terms, no
 * upfront fees).
 */
export const ADVICE: Record<Harm, { en: string[]; km: string[] }> = {
  recruitment_fraud: {
    en: [
      'Check that the agency is licensed before you go: in Cambodia with the Ministry of Labour and Vocational Training, in Thailand with the Department of Employment, in the Philippines with the DMW, in Indonesia with KP2MI (formerly BP2MI), in Vietnam with the Department of Overseas Labour.',
      'Never hand over your passport or ID card to a recruiter or employer, and never pay a fee, a deposit or "training" costs just to get a job.',
      'Be very careful with offers in Sihanoukville, Poipet, Bavet, Myawaddy, the Golden Triangle or "near the border", with jobs whose only interview is a typing test or a Telegram chat, and with trips that go "first to Bangkok, then a driver takes you".',
      'Before you leave, give your family the company name, the exact address, the recruiter\'s contacts and a copy of your passport and contract, and agree on a code word that means "I am in danger".',
      'Keep screenshots of the advert and the whole chat. If anything feels wrong, call the anti-trafficking hotline of your country before you travel.',
    ],
    km: [
      'ពិនិត្យមើលថាភ្នាក់ងារមានអាជ្ញាប័ណ្ណមុនពេលចេញដំណើរ៖ នៅកម្ពុជា សាកសួរក្រសួងការងារ និងបណ្តុះបណ្តាលវិជ្ជាជីវៈ នៅថៃ នាយកដ្ឋានការងារ (Department of Employment) នៅហ្វីលីពីន DMW នៅឥណ្ឌូនេស៊ី KP2MI (អតីត BP2MI) នៅវៀតណាម នាយកដ្ឋានគ្រប់គ្រងពលករនៅក្រៅប្រទេស។',
      'កុំប្រគល់លិខិតឆ្លងដែន ឬអត្តសញ្ញាណប័ណ្ណរបស់អ្នកទៅឱ្យអ្នកជ្រើសរើស ឬនិយោជកឱ្យសោះ ហើយកុំបង់ថ្លៃសេវា ប្រាក់កក់ ឬថ្លៃ "បណ្តុះបណ្តាល" ដើម្បីតែបានការងារ។',
      'ត្រូវប្រុងប្រយ័ត្នខ្លាំងចំពោះការងារនៅក្រុងព្រះសីហនុ ប៉ោយប៉ែត បាវិត មៀវ៉ាឌី តំបន់ត្រីកោណមាស ឬ "ជិតព្រំដែន" ការងារដែលសម្ភាសន៍តែតេស្តវាយអក្សរ ឬជជែកតាម Telegram និងការធ្វើដំណើរ "ទៅបាងកកសិន ហើយមានអ្នកបើកឡានមកទទួល"។',
      'មុនចេញដំណើរ សូមប្រាប់គ្រួសារពីឈ្មោះក្រុមហ៊ុន អាសយដ្ឋានពិតប្រាកដ លេខទំនាក់ទំនងអ្នកជ្រើសរើស ហើយទុកច្បាប់ចម្លងលិខិតឆ្លងដែន និងកិច្ចសន្យាឱ្យគ្រួសារ ព្រមទាំងព្រមព្រៀងពាក្យសម្ងាត់មួយ ដែលមានន័យថា "ខ្ញុំមានគ្រោះថ្នាក់"។',
      'រក្សាទុករូបថតអេក្រង់នៃការផ្សាយ និងការជជែកទាំងអស់។ បើមានអ្វីមិនប្រក្រតី សូមទូរស័ព្ទទៅខ្សែទូរស័ព្ទប្រឆាំងការជួញដូរមនុស្សក្នុងប្រទេសរបស់អ្នក មុនពេលធ្វើដំណើរ។',
    ],
  },
  scam: {
    en: [
      'Stop and do not send money, phone top-ups, gift cards or crypto, and never share a one-time code (OTP), PIN or password.',
      'Check the story through a contact you find yourself (the number on your bank card, the official website or page), not the number or link in the message.',
      'Do not click links or install apps sent by strangers. A "job" that asks you to recharge or deposit to unlock your commission is always a scam.',
      'Keep screenshots, phone numbers, account numbers, wallet addresses and transfer receipts.',
      'If you already paid, call your bank at once to try to stop the transfer, then report to the police or the national scam hotline. Beware of "recovery" services that promise to get your money back for a fee: they are scammers too.',
    ],
    km: [
      'ឈប់សិន ហើយកុំផ្ញើលុយ កាតបញ្ចូលលុយទូរស័ព្ទ កាតអំណោយ ឬគ្រីបតូ ហើយកុំប្រាប់លេខកូដ OTP លេខ PIN ឬពាក្យសម្ងាត់ដល់នរណាម្នាក់ឡើយ។',
      'ផ្ទៀងផ្ទាត់រឿងនេះតាមរយៈលេខទំនាក់ទំនងដែលអ្នករកឃើញដោយខ្លួនឯង (លេខនៅលើកាតធនាគាររបស់អ្នក គេហទំព័រ ឬទំព័រផ្លូវការ) មិនមែនលេខ ឬតំណភ្ជាប់ដែលមាននៅក្នុងសារនោះទេ។',
      'កុំចុចតំណភ្ជាប់ ឬដំឡើងកម្មវិធីដែលមនុស្សមិនស្គាល់ផ្ញើមក។ "ការងារ" ណាដែលឱ្យអ្នកបញ្ចូលលុយ ឬដាក់ប្រាក់ ដើម្បីដកកម្រៃជើងសារ គឺជាការបោកប្រាស់ជានិច្ច។',
      'រក្សាទុករូបថតអេក្រង់ លេខទូរស័ព្ទ លេខគណនី អាសយដ្ឋានកាបូបគ្រីបតូ និងបង្កាន់ដៃផ្ទេរប្រាក់។',
      'បើអ្នកបានបង់រួចហើយ សូមទូរស័ព្ទទៅធនាគាររបស់អ្នកភ្លាមៗ ដើម្បីព្យាយាមបញ្ឈប់ការផ្ទេរប្រាក់ រួចរាយការណ៍ទៅប៉ូលិស ឬខ្សែទូរស័ព្ទទទួលពាក្យបណ្តឹងការបោកប្រាស់។ សូមប្រយ័ត្នសេវា "យកលុយមកវិញ" ដែលសុំថ្លៃសេវា ព្រោះពួកគេក៏ជាអ្នកបោកប្រាស់ដែរ។',
    ],
  },
  romance_lure: {
    en: [
      'Never send money, crypto or gift cards to someone you know only online, however real the relationship feels.',
      'Do not join an investment site or app they recommend: these platforms show fake profits so that you deposit more, and you cannot withdraw.',
      'Do not travel abroad to meet them, or for a job they arrange for you. People have been trafficked into scam compounds this way. If you do travel, tell your family exactly where you are going.',
      'Ask for a live video call and search their profile photos online (reverse image search); refusals and excuses are a warning sign.',
      'Talk it over with someone you trust, keep the chats, and report the profile to the platform.',
    ],
    km: [
      'កុំផ្ញើលុយ គ្រីបតូ ឬកាតអំណោយ ទៅមនុស្សដែលអ្នកស្គាល់តែតាមអនឡាញ ទោះបីទំនាក់ទំនងនោះហាក់ដូចជាពិតយ៉ាងណាក៏ដោយ។',
      'កុំចូលរួមគេហទំព័រ ឬកម្មវិធីវិនិយោគដែលគេណែនាំ៖ វេទិកាទាំងនោះបង្ហាញប្រាក់ចំណេញក្លែងក្លាយ ដើម្បីឱ្យអ្នកដាក់លុយបន្ថែម ហើយអ្នកមិនអាចដកលុយវិញបានទេ។',
      'កុំធ្វើដំណើរទៅបរទេសដើម្បីជួបគេ ឬទៅធ្វើការងារដែលគេរៀបចំឱ្យ។ មានមនុស្សត្រូវបានជួញដូរចូលទៅក្នុងមជ្ឈមណ្ឌលបោកប្រាស់តាមរបៀបនេះ។ បើអ្នកនៅតែធ្វើដំណើរ សូមប្រាប់គ្រួសារឱ្យច្បាស់ថាអ្នកទៅទីណា។',
      'សុំហៅជាវីដេអូផ្ទាល់ ហើយស្វែងរករូបថតប្រវត្តិរូបរបស់គេនៅលើអ៊ីនធឺណិត (ស្វែងរកតាមរូបភាព)។ ការបដិសេធ និងលេសច្រើន គឺជាសញ្ញាព្រមាន។',
      'ពិភាក្សាជាមួយមនុស្សដែលអ្នកទុកចិត្ត រក្សាទុកការជជែក ហើយរាយការណ៍គណនីនោះទៅវេទិកា។',
    ],
  },
  grooming: {
    en: [
      'If you are the young person: you are not in trouble. Do not send photos, do not agree to meet, and tell a parent, teacher or another adult you trust.',
      'If you are the parent: stay calm and do not blame your child; thank them for telling you. Do not confront the person yourself and do not delete the account or the chats.',
      'Keep evidence: screenshots of the chats with dates, the usernames, profile links and any gifts or payments. Do not copy or forward any sexual image of a child, not even to report it; tell the police where it is.',
      'Block and report the account on the platform, and report to the police or the child helpline. Images or chats can also be reported to the NCMEC CyberTipline.',
      'Afterwards, check together who can message your child, which apps they use, and keep talking openly, so that they come to you next time.',
    ],
    km: [
      'បើអ្នកជាក្មេង៖ អ្នកមិនមានកំហុសទេ។ កុំផ្ញើរូបថត កុំយល់ព្រមជួប ហើយប្រាប់ឪពុកម្តាយ គ្រូ ឬមនុស្សពេញវ័យផ្សេងទៀតដែលអ្នកទុកចិត្ត។',
      'បើអ្នកជាឪពុកម្តាយ៖ សូមស្ងប់ចិត្ត ហើយកុំបន្ទោសកូន។ សូមអរគុណកូនដែលបានប្រាប់។ កុំទៅប្រឈមមុខជាមួយមនុស្សនោះដោយខ្លួនឯង ហើយកុំលុបគណនី ឬការជជែកចោល។',
      'រក្សាទុកភស្តុតាង៖ រូបថតអេក្រង់នៃការជជែកដែលមានកាលបរិច្ឆេទ ឈ្មោះអ្នកប្រើ តំណភ្ជាប់ប្រវត្តិរូប និងអំណោយ ឬការបង់ប្រាក់ណាមួយ។ កុំចម្លង ឬបញ្ជូនបន្តរូបភាពផ្លូវភេទរបស់កុមារ ទោះបីដើម្បីរាយការណ៍ក៏ដោយ ត្រូវប្រាប់ប៉ូលិសថារូបភាពនោះនៅទីណា។',
      'ទប់ស្កាត់ (block) និងរាយការណ៍គណនីនោះទៅវេទិកា ហើយរាយការណ៍ទៅប៉ូលិស ឬខ្សែទូរស័ព្ទជំនួយកុមារ។ រូបភាព ឬការជជែកក៏អាចរាយការណ៍ទៅ NCMEC CyberTipline បានដែរ។',
      'បន្ទាប់មក សូមពិនិត្យជាមួយគ្នាថាអ្នកណាអាចផ្ញើសារមកកូនបាន កូនប្រើកម្មវិធីអ្វីខ្លះ ហើយបន្តនិយាយគ្នាដោយបើកចំហ ដើម្បីឱ្យកូនមកប្រាប់អ្នកនៅពេលក្រោយ។',
    ],
  },
  sextortion: {
    en: [
      'Do not pay and do not send anything more. Paying almost never ends it; it usually brings bigger demands.',
      'Stop replying, but first keep the evidence: screenshots of the chat, the profile, the username and the payment details they demand.',
      'After saving the evidence, block the account and report it to the platform and to the police.',
      'Tell a trusted adult or friend. It is not your fault, and you are not alone: this happens to many people.',
      'To stop the images spreading: if you were under 18 when they were taken, use Take It Down (takeitdown.ncmec.org); if you are an adult, use StopNCII.org. Both work without anyone seeing your images.',
      'If you feel overwhelmed or think about hurting yourself, talk to someone now: a helpline, a friend or a family member.',
    ],
    km: [
      'កុំបង់លុយ ហើយកុំផ្ញើអ្វីបន្ថែមទៀត។ ការបង់លុយស្ទើរតែមិនដែលបញ្ចប់រឿងនេះទេ ជាធម្មតាវានាំឱ្យគេទាមទារកាន់តែច្រើន។',
      'ឈប់ឆ្លើយតប ប៉ុន្តែត្រូវរក្សាទុកភស្តុតាងជាមុនសិន៖ រូបថតអេក្រង់នៃការជជែក ប្រវត្តិរូប ឈ្មោះអ្នកប្រើ និងព័ត៌មានបង់ប្រាក់ដែលគេទាមទារ។',
      'បន្ទាប់ពីរក្សាទុកភស្តុតាងរួច សូមទប់ស្កាត់ (block) គណនីនោះ ហើយរាយការណ៍ទៅវេទិកា និងប៉ូលិស។',
      'ប្រាប់មនុស្សពេញវ័យ ឬមិត្តដែលអ្នកទុកចិត្ត។ នេះមិនមែនជាកំហុសរបស់អ្នកទេ ហើយអ្នកមិននៅម្នាក់ឯងទេ៖ រឿងនេះកើតឡើងចំពោះមនុស្សជាច្រើន។',
      'ដើម្បីទប់ស្កាត់ការចែកចាយរូបភាព៖ បើអ្នកមានអាយុក្រោម ១៨ ឆ្នាំ នៅពេលថតរូបទាំងនោះ សូមប្រើ Take It Down (takeitdown.ncmec.org) បើអ្នកជាមនុស្សពេញវ័យ សូមប្រើ StopNCII.org។ ទាំងពីរដំណើរការដោយគ្មាននរណាម្នាក់ឃើញរូបភាពរបស់អ្នកឡើយ។',
      'បើអ្នកមានអារម្មណ៍តានតឹងខ្លាំង ឬគិតចង់ធ្វើបាបខ្លួនឯង សូមនិយាយជាមួយនរណាម្នាក់ឥឡូវនេះ៖ ខ្សែទូរស័ព្ទជំនួយ មិត្តភក្តិ ឬសមាជិកគ្រួសារ។',
    ],
  },
  predatory_loan: {
    en: [
      'Borrow only from a licensed bank or microfinance institution, and check the licence with the regulator (in Cambodia the National Bank of Cambodia, in Indonesia OJK, in Thailand the Bank of Thailand).',
      'Never pay a "processing", "insurance" or "unlock" fee before the loan is paid out. Real lenders do not ask for money before they lend.',
      'Never give a lender nude or intimate photos, a selfie holding your ID card, or access to your contacts and photo gallery as a "guarantee".',
      'Ask for the full cost in writing before you sign: the yearly interest rate, every fee and the repayment schedule. Interest counted per day or per week is a warning sign.',
      'If a lender threatens you, shames you or contacts your family and friends, keep the messages and report to the police and to the regulator.',
    ],
    km: [
      'ខ្ចីលុយតែពីធនាគារ ឬគ្រឹះស្ថានមីក្រូហិរញ្ញវត្ថុដែលមានអាជ្ញាប័ណ្ណ ហើយពិនិត្យអាជ្ញាប័ណ្ណជាមួយស្ថាប័ននិយ័តករ (នៅកម្ពុជា ធនាគារជាតិនៃកម្ពុជា នៅឥណ្ឌូនេស៊ី OJK នៅថៃ ធនាគារកណ្តាលថៃ)។',
      'កុំបង់ថ្លៃ "ដំណើរការឯកសារ" "ធានារ៉ាប់រង" ឬ "ដោះសោ" មុនពេលទទួលបានប្រាក់កម្ចីឱ្យសោះ។ អ្នកឱ្យខ្ចីពិតប្រាកដមិនសុំលុយពីអ្នកមុនពេលឱ្យខ្ចីទេ។',
      'កុំផ្តល់រូបថតអាក្រាត ឬរូបថតឯកជន រូបថតខ្លួនឯងកាន់អត្តសញ្ញាណប័ណ្ណ ឬសិទ្ធិចូលមើលបញ្ជីទំនាក់ទំនង និងរូបភាពក្នុងទូរស័ព្ទ ទៅអ្នកឱ្យខ្ចីធ្វើជា "ការធានា" ឱ្យសោះ។',
      'សុំការចំណាយសរុបជាលាយលក្ខណ៍អក្សរមុនពេលចុះហត្ថលេខា៖ អត្រាការប្រាក់ប្រចាំឆ្នាំ ថ្លៃសេវាទាំងអស់ និងតារាងសងប្រាក់។ ការគិតការប្រាក់ប្រចាំថ្ងៃ ឬប្រចាំសប្តាហ៍ គឺជាសញ្ញាព្រមាន។',
      'បើអ្នកឱ្យខ្ចីគំរាម បង្អាប់កេរ្តិ៍ឈ្មោះ ឬទាក់ទងគ្រួសារ និងមិត្តភក្តិរបស់អ្នក សូមរក្សាទុកសារទាំងនោះ ហើយរាយការណ៍ទៅប៉ូលិស និងស្ថាប័ននិយ័តករ។',
    ],
  },
  smuggling: {
    en: [
      'Cross borders only at official checkpoints, with your own passport and the right visa. Crossing "without a passport", by river or by forest path puts you at risk of arrest, robbery and being sold.',
      'Do not pay a broker or driver to take you across. People moved this way are often handed to employers who hold them for ransom.',
      'If you want to work abroad, use the legal channel (MoU or EPS programmes) through the labour ministry or its provincial office; it costs less than a broker and you keep your rights.',
      'Tell your family the route, the names and phone numbers of the people taking you, and leave them a copy of your documents.',
      'If someone is being moved right now or is stuck after crossing, call the police or the anti-trafficking hotline, and the embassy of their country.',
    ],
    km: [
      'ឆ្លងព្រំដែនតែតាមច្រកត្រួតពិនិត្យផ្លូវការប៉ុណ្ណោះ ជាមួយលិខិតឆ្លងដែនរបស់អ្នកផ្ទាល់ និងទិដ្ឋាការត្រឹមត្រូវ។ ការឆ្លង "ដោយគ្មានលិខិតឆ្លងដែន" តាមទន្លេ ឬតាមផ្លូវព្រៃ ធ្វើឱ្យអ្នកប្រឈមនឹងការចាប់ខ្លួន ការប្លន់ និងការលក់ដូរ។',
      'កុំបង់លុយឱ្យមេខ្យល់ ឬអ្នកបើកបរ ដើម្បីនាំអ្នកឆ្លងដែន។ មនុស្សដែលត្រូវបាននាំតាមរបៀបនេះ ច្រើនតែត្រូវបានប្រគល់ឱ្យនិយោជក ដែលឃុំពួកគេដើម្បីទារលុយលោះ។',
      'បើអ្នកចង់ទៅធ្វើការនៅបរទេស សូមប្រើផ្លូវស្របច្បាប់ (កម្មវិធី MoU ឬ EPS) តាមរយៈក្រសួងការងារ ឬមន្ទីរការងារខេត្ត។ វាចំណាយតិចជាងមេខ្យល់ ហើយអ្នករក្សាបាននូវសិទ្ធិរបស់អ្នក។',
      'ប្រាប់គ្រួសារពីផ្លូវធ្វើដំណើរ ឈ្មោះ និងលេខទូរស័ព្ទរបស់អ្នកដែលនាំអ្នកទៅ ហើយទុកច្បាប់ចម្លងឯកសាររបស់អ្នកឱ្យពួកគេ។',
      'បើមាននរណាម្នាក់កំពុងត្រូវបាននាំឆ្លងដែនឥឡូវនេះ ឬជាប់គាំងក្រោយពេលឆ្លង សូមទូរស័ព្ទទៅប៉ូលិស ឬខ្សែទូរស័ព្ទប្រឆាំងការជួញដូរមនុស្ស និងស្ថានទូតនៃប្រទេសរបស់គេ។',
    ],
  },
  organ_trafficking: {
    en: [
      'Buying or selling a kidney or any other organ is a crime in almost every country, including Cambodia. Do not answer posts that offer money for organs.',
      'Operations arranged by brokers, often abroad, are dangerous: people are left with lasting health damage, and many are never paid what they were promised.',
      'If debt is pushing you to consider this, talk to a social worker, a local authority or an organisation that helps families in debt first.',
      'If someone is being held, taken abroad or pressured to give an organ, call the police or the anti-trafficking hotline immediately.',
      'Take a screenshot of the post or chat and report it to the platform and to the police.',
    ],
    km: [
      'ការទិញ ឬលក់តម្រងនោម ឬសរីរាង្គណាមួយ គឺជាបទល្មើសនៅកម្ពុជា និងស្ទើរតែគ្រប់ប្រទេស។ កុំឆ្លើយតបការផ្សាយដែលផ្តល់លុយដើម្បីទិញសរីរាង្គ។',
      'ការវះកាត់ដែលរៀបចំដោយមេខ្យល់ ច្រើនតែនៅបរទេស គឺគ្រោះថ្នាក់ខ្លាំង៖ មនុស្សជាច្រើនខូចសុខភាពរហូត ហើយភាគច្រើនមិនបានទទួលលុយដូចដែលគេសន្យាទេ។',
      'បើបំណុលកំពុងជំរុញឱ្យអ្នកគិតធ្វើរឿងនេះ សូមនិយាយជាមួយបុគ្គលិកសង្គមកិច្ច អាជ្ញាធរមូលដ្ឋាន ឬអង្គការដែលជួយគ្រួសារជំពាក់បំណុលជាមុនសិន។',
      'បើមាននរណាម្នាក់ត្រូវបានឃុំខ្លួន នាំទៅបរទេស ឬត្រូវបានបង្ខិតបង្ខំឱ្យផ្តល់សរីរាង្គ សូមទូរស័ព្ទទៅប៉ូលិស ឬខ្សែទូរស័ព្ទប្រឆាំងការជួញដូរមនុស្សភ្លាមៗ។',
      'ថតរូបអេក្រង់នៃការផ្សាយ ឬការជជែកនោះ ហើយរាយការណ៍ទៅវេទិកា និងប៉ូលិស។',
    ],
  },
  surrogacy_adoption: {
    en: [
      'Paid surrogacy is banned or strictly limited in Cambodia, Thailand, Vietnam and many other countries. Women recruited by brokers have been confined until they gave birth, and in Cambodia surrogate mothers themselves have been charged in court.',
      'Never sell a baby or give one away through a broker or an online post. Adoption is legal only through the social affairs authorities and a court.',
      'Do not travel abroad with a broker for "pregnancy work" or egg donation, and never hand over your passport.',
      "If you are pregnant and in crisis, talk to a health centre, a social worker or a women's support organisation: there is help that does not involve selling your child.",
      'Report posts that offer money for babies, pregnancies or eggs to the platform and the police.',
    ],
    km: [
      'ការជួលពោះដើម្បីយកលុយ ត្រូវបានហាមឃាត់ ឬកំណត់យ៉ាងតឹងរ៉ឹងនៅកម្ពុជា ថៃ វៀតណាម និងប្រទេសជាច្រើនទៀត។ ស្ត្រីដែលត្រូវបានមេខ្យល់ជ្រើសរើស ត្រូវបានឃុំរហូតដល់សម្រាលកូន ហើយនៅកម្ពុជា ម្តាយជួលពោះខ្លួនឯងក៏ត្រូវបានចោទប្រកាន់នៅតុលាការដែរ។',
      'កុំលក់ ឬឱ្យកូនទៅអ្នកដទៃ តាមរយៈមេខ្យល់ ឬការផ្សាយតាមអនឡាញឱ្យសោះ។ ការសុំកូនចិញ្ចឹមស្របច្បាប់ មានតែតាមរយៈអាជ្ញាធរសង្គមកិច្ច និងតុលាការប៉ុណ្ណោះ។',
      'កុំធ្វើដំណើរទៅបរទេសជាមួយមេខ្យល់ ដើម្បី "ការងារពពោះ" ឬការបរិច្ចាគពងអូវុល ហើយកុំប្រគល់លិខិតឆ្លងដែនរបស់អ្នកឱ្យគេឡើយ។',
      'បើអ្នកកំពុងមានផ្ទៃពោះ ហើយជួបការលំបាក សូមនិយាយជាមួយមណ្ឌលសុខភាព បុគ្គលិកសង្គមកិច្ច ឬអង្គការជួយស្ត្រី៖ មានជំនួយដែលមិនតម្រូវឱ្យអ្នកលក់កូនរបស់អ្នកឡើយ។',
      'រាយការណ៍ការផ្សាយដែលផ្តល់លុយសម្រាប់ទារក ការពពោះ ឬពងអូវុល ទៅវេទិកា និងប៉ូលិស។',
    ],
  },
  child_sexual_exploitation: {
    en: [
      'If a child is in danger right now, call the police immediately.',
      'Do not search for, download, save or forward sexual images of children, not even to report them: that is a crime in itself. Report the link, account or place instead.',
      'Write down what you saw: usernames, links, dates, places and any phone numbers, without contacting the person.',
      'Report to the police, the child helpline or the anti-trafficking hotline of your country; online material can also be reported to the NCMEC CyberTipline.',
      'If a child tells you about abuse: believe them, do not blame them, and help them get medical care and counselling.',
    ],
    km: [
      'បើកុមារកំពុងស្ថិតក្នុងគ្រោះថ្នាក់ឥឡូវនេះ សូមទូរស័ព្ទទៅប៉ូលិសភ្លាមៗ។',
      'កុំស្វែងរក ទាញយក រក្សាទុក ឬបញ្ជូនបន្តរូបភាពផ្លូវភេទរបស់កុមារ ទោះបីដើម្បីរាយការណ៍ក៏ដោយ៖ ការធ្វើបែបនេះខ្លួនឯងក៏ជាបទល្មើសដែរ។ ត្រូវរាយការណ៍តំណភ្ជាប់ គណនី ឬទីកន្លែងជំនួសវិញ។',
      'កត់ត្រាអ្វីដែលអ្នកបានឃើញ៖ ឈ្មោះអ្នកប្រើ តំណភ្ជាប់ កាលបរិច្ឆេទ ទីកន្លែង និងលេខទូរស័ព្ទ ដោយមិនទាក់ទងមនុស្សនោះ។',
      'រាយការណ៍ទៅប៉ូលិស ខ្សែទូរស័ព្ទជំនួយកុមារ ឬខ្សែទូរស័ព្ទប្រឆាំងការជួញដូរមនុស្សនៃប្រទេសរបស់អ្នក។ ឯកសារតាមអនឡាញក៏អាចរាយការណ៍ទៅ NCMEC CyberTipline បានដែរ។',
      'បើកុមារប្រាប់អ្នកអំពីការរំលោភបំពាន៖ សូមជឿគេ កុំបន្ទោសគេ ហើយជួយគេឱ្យទទួលបានការថែទាំសុខភាព និងការប្រឹក្សាផ្លូវចិត្ត។',
    ],
  },
  victim_distress: {
    en: [
      "If someone may be in danger now, do not wait: contact the police or the anti-trafficking hotline, and the embassy of the person's country.",
      'Reply carefully: their phone may be checked. Ask short questions they can answer with yes or no, do not post about them publicly, and do not message the people holding them.',
      'Collect what helps rescuers: a location pin, the building or company name, photos of the surroundings, the names and numbers of people involved, and a copy of their passport.',
      'Do not pay a ransom or "contract fee" alone before talking to the police or the hotline: paying often leads to new demands or to the person being sold on.',
      'Tell them it is not their fault and keep in contact; agree on a code word they can send if things get worse.',
    ],
    km: [
      'បើមាននរណាម្នាក់អាចកំពុងស្ថិតក្នុងគ្រោះថ្នាក់ឥឡូវនេះ កុំរង់ចាំ៖ សូមទាក់ទងប៉ូលិស ឬខ្សែទូរស័ព្ទប្រឆាំងការជួញដូរមនុស្ស និងស្ថានទូតនៃប្រទេសរបស់អ្នកនោះ។',
      'ឆ្លើយតបដោយប្រុងប្រយ័ត្ន៖ ទូរស័ព្ទរបស់គេអាចត្រូវបានគេត្រួតពិនិត្យ។ សួរសំណួរខ្លីៗដែលគេអាចឆ្លើយថា "បាទ/ចាស" ឬ "ទេ" កុំបង្ហោះរឿងរបស់គេជាសាធារណៈ ហើយកុំផ្ញើសារទៅអ្នកដែលកំពុងឃុំគេ។',
      'ប្រមូលព័ត៌មានដែលជួយដល់អ្នកជួយសង្គ្រោះ៖ ទីតាំង (location pin) ឈ្មោះអគារ ឬក្រុមហ៊ុន រូបថតជុំវិញកន្លែងនោះ ឈ្មោះ និងលេខទូរស័ព្ទរបស់អ្នកពាក់ព័ន្ធ និងច្បាប់ចម្លងលិខិតឆ្លងដែនរបស់គេ។',
      'កុំបង់លុយលោះ ឬ "ថ្លៃកិច្ចសន្យា" តែម្នាក់ឯង មុនពេលពិភាក្សាជាមួយប៉ូលិស ឬខ្សែទូរស័ព្ទជំនួយ៖ ការបង់លុយច្រើនតែនាំឱ្យមានការទាមទារថ្មី ឬនាំឱ្យគេត្រូវលក់បន្តទៅកន្លែងផ្សេង។',
      'ប្រាប់គេថាវាមិនមែនជាកំហុសរបស់គេទេ ហើយរក្សាទំនាក់ទំនងជាមួយគេ។ ព្រមព្រៀងពាក្យសម្ងាត់មួយ ដែលគេអាចផ្ញើមក បើស្ថានភាពកាន់តែអាក្រក់។',
    ],
  },
};
