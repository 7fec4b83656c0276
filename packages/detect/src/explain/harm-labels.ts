import type { LocalizedText } from '../indicators/schema.ts';
import type { Harm, RiskLevel } from '../types.ts';

/** Plain names of the harms for people, in English and Khmer. */
export const HARM_LABELS: Record<Harm, LocalizedText> = {
  recruitment_fraud: { en: 'Fake or deceptive job offer', km: 'ការផ្តល់ការងារក្លែងក្លាយ ឬបោកប្រាស់' },
  scam: { en: 'Scam (fraud, fake investment, prize or loan)', km: 'ការបោកប្រាស់ (វិនិយោគ រង្វាន់ ឬប្រាក់កម្ចីក្លែងក្លាយ)' },
  romance_lure: { en: 'Online lover luring someone to travel', km: 'សង្សារអនឡាញបញ្ឆោតឱ្យធ្វើដំណើរ' },
  grooming: { en: 'Grooming of a child', km: 'ការលួងលោមកុមារក្នុងគោលបំណងផ្លូវភេទ' },
  sextortion: { en: 'Sextortion (blackmail with intimate images)', km: 'ការជំរិតដោយរូបភាពឯកជន' },
  predatory_loan: { en: 'Loan or gifts traded for images or sex', km: 'ប្រាក់កម្ចី ឬកាដូដោះដូរនឹងរូបភាព ឬផ្លូវភេទ' },
  smuggling: { en: 'Illegal border crossing offer', km: 'ការផ្តល់ឱកាសឆ្លងដែនខុសច្បាប់' },
  organ_trafficking: { en: 'Organ (kidney) trade', km: 'ការជួញដូរសរីរាង្គ (តម្រងនោម)' },
  surrogacy_adoption: {
    en: 'Baby selling, illegal adoption or surrogacy',
    km: 'ការលក់ទារក ការសុំកូនចិញ្ចឹមខុសច្បាប់ ឬការពពោះជំនួស',
  },
  child_sexual_exploitation: { en: 'Sexual exploitation of children', km: 'ការកេងប្រវ័ញ្ចផ្លូវភេទលើកុមារ' },
  victim_distress: { en: 'Someone may be held or in danger', km: 'មាននរណាម្នាក់អាចត្រូវបានឃុំ ឬស្ថិតក្នុងគ្រោះថ្នាក់' },
};

/** Plain names of the risk levels. */
export const RISK_LABELS: Record<RiskLevel, LocalizedText> = {
  none: { en: 'No danger signs found', km: 'រកមិនឃើញសញ្ញាគ្រោះថ្នាក់' },
  low: { en: 'Some danger signs', km: 'មានសញ្ញាគ្រោះថ្នាក់ខ្លះ' },
  medium: { en: 'Probably dangerous', km: 'ទំនងជាគ្រោះថ្នាក់' },
  high: { en: 'Dangerous', km: 'គ្រោះថ្នាក់' },
  critical: { en: 'Very dangerous: act now', km: 'គ្រោះថ្នាក់ខ្លាំង៖ ត្រូវធ្វើសកម្មភាពឥឡូវនេះ' },
};
