/**
 * Example texts for the "try an example" buttons: realistic lures written for the project (all
 * names, numbers and handles are made up), and one harmless message.
 */
export interface ExampleText {
  id: string;
  label: { en: string; km: string };
  text: string;
}

export const EXAMPLES: readonly ExampleText[] = [
  {
    id: 'job-en',
    label: { en: 'Job offer (English)', km: 'ការផ្តល់ការងារ (អង់គ្លេស)' },
    text: 'URGENT HIRING!! Customer service staff needed in Sihanoukville. Salary $1,500/month, no experience needed, just typing on a phone. Free visa, free flight ticket, free food and accommodation. Leave this week, limited places! Send your passport photo and contact me on Telegram @easyjob_kh_2026 or WhatsApp +855 12 345 678.',
  },
  {
    id: 'job-km',
    label: { en: 'Job offer (Khmer)', km: 'ការផ្តល់ការងារ (ខ្មែរ)' },
    text: 'ត្រូវការបុគ្គលិកបន្ទាន់! ការងារស្រួល អង្គុយលេងទូរសព្ទ ប្រាក់ខែខ្ពស់ $1200 ក្នុងមួយខែ មិនត្រូវការបទពិសោធន៍ មិនត្រូវការសញ្ញាបត្រ។ ធ្វើការនៅប្រទេសថៃ ហោះហើរ និងវីសាឥតគិតថ្លៃ មានកន្លែងស្នាក់នៅ និងអាហារ។ ចេញដំណើរស្អែក! ផ្ញើរូបថតលិខិតឆ្លងដែនមកខ្ញុំ ទាក់ទងតាមតេឡេក្រាម @kh_job_8899',
  },
  {
    id: 'sextortion-en',
    label: { en: 'Threat with photos (English)', km: 'ការគំរាមជាមួយរូបថត (អង់គ្លេស)' },
    text: 'I have your private video. If you do not send $300 in USDT within 24 hours I will post it to your family and all your friends on Facebook. Do not tell anyone.',
  },
  {
    id: 'harmless-en',
    label: { en: 'Everyday message (English)', km: 'សារធម្មតា (អង់គ្លេស)' },
    text: 'Hi Dara, the football match is moved to Saturday at 4 pm at the school field. Bring water and your blue shirt. See you there!',
  },
];
