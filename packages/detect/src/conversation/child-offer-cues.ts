import type { ConversationCue } from './stage-cues.ts';

/**
 * Child sexual exploitation where the child is not in the chat: an adult offers or arranges a
 * child for a customer ("very young one, student, 14 15", "may bago ako, bata pa") and names a
 * price, a time or a place. The offer words carry a small weight; the conversation rules combine
 * them with a price or the terms of a sale, and with the child's age.
 */
export const CHILD_OFFER_CUES: readonly ConversationCue[] = [
  {
    id: 'conversation.child_offered',
    cue: 'minor_offered',
    weights: { child_sexual_exploitation: 0.8 },
    label: { en: 'Offers a young girl or boy to a customer', km: 'ផ្តល់ក្មេងស្រី ឬក្មេងប្រុសឱ្យអតិថិជន' },
    explanation: {
      en: 'Offering "young", "fresh", "student" or "new" girls or boys to a customer is how children are sold for sex. Report it to the police or a child hotline; do not reply.',
      km: 'ការផ្តល់ក្មេងស្រី ឬក្មេងប្រុស «ក្មេង» «ថ្មី» «សិស្ស» ឱ្យអតិថិជន គឺជារបៀបលក់កុមារដើម្បីផ្លូវភេទ។ សូមរាយការណ៍ទៅប៉ូលីស ឬខ្សែទូរស័ព្ទជំនួយកុមារ កុំឆ្លើយតប។',
    },
    phrases: {
      en: [
        'very young one',
        'young one for',
        'young girls available',
        'young girl available',
        'young boys available',
        'i have young girls',
        'i have girls ... young',
        'student girl',
        'student girls',
        'fresh girl',
        'new girl ... young',
        'virgin girl',
        'i promise young',
        'young one ... for the night',
      ],
      km: ['ក្មេងស្រីក្មេងៗ', 'មានស្រីក្មេង', 'ស្រីសិស្ស', 'ស្រីថ្មីក្មេង', 'ស្រីព្រហ្មចារី', 'srey kmeng', 'srey sis'],
      zh: ['有学生妹', '学生妹', '幼女', '处女', '年纪小的', '小妹妹 ... 价格'],
      th: ['มีเด็กนักเรียน', 'เด็กเล็ก ... ราคา', 'น้องใหม่อายุ', 'เด็กซิง'],
      vi: ['có em nhỏ tuổi', 'hàng học sinh', 'em gái còn trinh', 'bé gái ... giá'],
      id: ['ada yang masih abg', 'cewek abg', 'masih perawan', 'anak sekolah ... tarif'],
      my: ['ကလေးမလေး ရှိတယ်', 'ကျောင်းသူလေး ရှိတယ်'],
      lo: ['ມີສາວນ້ອຍ', 'ນັກຮຽນຍິງ ... ລາຄາ'],
      tl: ['may bago ako ... bata pa', 'bata pa', 'may bata', 'batang babae ... available', 'private show ... bata'],
    },
    examples: {
      positive: ['i have girls. also very young one if u like, student, 14 15', 'may bago ako sir, bata pa, 11 y.o.'],
      negative: ['she is young and talented'],
    },
  },
  {
    id: 'conversation.sale_terms',
    cue: 'sale_terms',
    weights: {},
    label: { en: 'Terms of a sale of sex', km: 'លក្ខខណ្ឌនៃការលក់ផ្លូវភេទ' },
    explanation: {
      en: 'A price for a time ("for the night", "30 min"), a "private show" or a "special request": the terms under which a person is sold.',
      km: 'តម្លៃសម្រាប់ពេលវេលា («មួយយប់» «៣០ នាទី») «ការបង្ហាញឯកជន» ឬ «សំណើពិសេស»៖ លក្ខខណ្ឌដែលមនុស្សម្នាក់ត្រូវបានលក់។',
    },
    phrases: {
      en: [
        'for the night',
        'per night',
        'short time',
        'long time',
        'private show',
        'special request',
        'how much for',
        'i bring to guesthouse',
        'pay me cash',
      ],
      km: ['មួយយប់ប៉ុន្មាន', 'យកមួយយប់', 'ម្តងប៉ុន្មាន'],
      zh: ['包夜', '一晚多少', '快餐', '一次多少'],
      th: ['ค้างคืน ... บาท', 'ชั่วคราว ... บาท', 'ไลฟ์ส่วนตัว'],
      vi: ['qua đêm bao nhiêu', 'đi khách', 'một lần bao nhiêu'],
      id: ['short time', 'long time', 'booking ... malam', 'open bo'],
      my: ['တစ်ညဘယ်လောက်'],
      lo: ['ຄືນລະເທົ່າໃດ'],
      tl: ['private show', 'special request', 'magkano isang gabi'],
    },
    examples: {
      positive: ['young one 300$ for the night', 'hi ate still available the private show?'],
      negative: ['good night'],
    },
  },
];
