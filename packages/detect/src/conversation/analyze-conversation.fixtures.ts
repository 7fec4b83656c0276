/**
 * Fictional conversations for the tests: realistic in how people write, with made-up names.
 * Each line is `[author, time, text]`; times are wall-clock, as WhatsApp exports give them.
 */
import type { Harm } from '../types.ts';
import type { ConversationMessage } from './types.ts';

export interface TestConversation {
  name: string;
  language: string;
  messages: ConversationMessage[];
  /** The harm that must be reported (harmful conversations), with its offender. */
  harm?: Harm;
  offender?: string;
  /** For grooming: the stage before which the alert should come. */
  alertBefore?: 'sexualisation' | 'image_request' | 'threat' | 'demand';
}

type Line = [author: string, time: string, text: string];

function chat(lines: Line[]): ConversationMessage[] {
  return lines.map(([author, time, text]) => ({ author, time: time === '' ? null : time, text }));
}

export const HARMFUL: TestConversation[] = [
  {
    name: 'grooming, English: an adult learns the child is 13, checks on the parents, asks for secrecy and pictures',
    language: 'en',
    harm: 'grooming',
    offender: 'Mark_88',
    alertBefore: 'sexualisation',
    messages: chat([
      ['Mark_88', '2024-03-01T19:02:00', 'hey i like your avatar, you play a lot?'],
      ['lily.k', '2024-03-01T19:03:00', 'thanks! yeah every day after school'],
      ['Mark_88', '2024-03-01T19:03:30', 'cool. how old are you?'],
      ['lily.k', '2024-03-01T19:04:00', '13 u?'],
      ['Mark_88', '2024-03-01T19:04:30', "i'm 24. you're really mature for your age tbh"],
      ['lily.k', '2024-03-01T19:05:00', 'haha thanks'],
      ['Mark_88', '2024-03-02T22:41:00', 'are your parents home?'],
      ['lily.k', '2024-03-02T22:42:00', 'no they went out'],
      ['Mark_88', '2024-03-02T22:43:00', "don't tell your parents we talk ok? they wouldn't get it"],
      ['Mark_88', '2024-03-02T22:44:00', 'add me on snap, this chat is kinda watched'],
      ['Mark_88', '2024-03-03T23:10:00', 'have you ever kissed a boy?'],
      ['Mark_88', '2024-03-03T23:12:00', 'send me a pic of you in your pajamas'],
    ]),
  },
  {
    name: 'grooming, Khmer: age, parents, secrecy, a picture',
    language: 'km',
    harm: 'grooming',
    offender: 'Bong Visal',
    alertBefore: 'image_request',
    messages: chat([
      ['Bong Visal', '2024-05-10T20:00:00', 'សួស្តីអូន បងចូលចិត្តរូប profile អូនណាស់'],
      ['Srey Pich', '2024-05-10T20:01:00', 'អរគុណបង'],
      ['Bong Visal', '2024-05-10T20:02:00', 'អូនអាយុប៉ុន្មានហើយ?'],
      ['Srey Pich', '2024-05-10T20:03:00', 'ខ្ញុំអាយុ១៣ឆ្នាំ'],
      ['Bong Visal', '2024-05-10T20:04:00', 'បងអាយុ២៧ឆ្នាំ។ អូនអាចប្រាប់បងបានគ្រប់យ៉ាង'],
      ['Bong Visal', '2024-05-11T22:30:00', 'ប៉ាម៉ាក់អូននៅផ្ទះទេ?'],
      ['Srey Pich', '2024-05-11T22:31:00', 'អត់ទេ ទៅធ្វើការ'],
      ['Bong Visal', '2024-05-11T22:32:00', 'កុំប្រាប់ប៉ាម៉ាក់ពីបងណា'],
      ['Bong Visal', '2024-05-11T22:35:00', 'ផ្ញើរូបអូនមកបងមើលបន្តិច'],
    ]),
  },
  {
    name: 'grooming, Thai: the child says she is 12, the adult asks if she is alone and for a picture',
    language: 'th',
    harm: 'grooming',
    offender: 'พี่เอ',
    alertBefore: 'image_request',
    messages: chat([
      ['พี่เอ', '2024-06-01T21:00:00', 'สวัสดีจ้า น้องเล่นเกมเก่งมากเลย'],
      ['น้องมายด์', '2024-06-01T21:01:00', 'ขอบคุณค่ะ'],
      ['พี่เอ', '2024-06-01T21:02:00', 'น้องอายุเท่าไหร่'],
      ['น้องมายด์', '2024-06-01T21:03:00', 'หนูอายุ 12 ค่ะ'],
      ['พี่เอ', '2024-06-01T21:04:00', 'พี่อายุ 30 นะ บอกพี่ได้ทุกเรื่อง'],
      ['พี่เอ', '2024-06-02T22:15:00', 'พ่อแม่อยู่บ้านไหม'],
      ['น้องมายด์', '2024-06-02T22:16:00', 'ไม่อยู่ค่ะ'],
      ['พี่เอ', '2024-06-02T22:17:00', 'อย่าบอกพ่อแม่นะ ส่งรูปให้พี่ดูหน่อย'],
    ]),
  },
  {
    name: 'grooming, Vietnamese: the adult asks the age, the parents, secrecy, a picture',
    language: 'vi',
    harm: 'grooming',
    offender: 'Anh Tuấn',
    alertBefore: 'image_request',
    messages: chat([
      ['Anh Tuấn', '2024-07-01T20:00:00', 'chào em, em chơi game giỏi quá'],
      ['Bé Na', '2024-07-01T20:01:00', 'dạ em cảm ơn'],
      ['Anh Tuấn', '2024-07-01T20:02:00', 'em mấy tuổi rồi?'],
      ['Bé Na', '2024-07-01T20:03:00', 'em 13 tuổi ạ'],
      ['Anh Tuấn', '2024-07-01T20:04:00', 'anh 28 tuổi. em có thể kể với anh mọi chuyện'],
      ['Anh Tuấn', '2024-07-02T22:20:00', 'bố mẹ em có nhà không?'],
      ['Bé Na', '2024-07-02T22:21:00', 'không ạ'],
      ['Anh Tuấn', '2024-07-02T22:22:00', 'đừng nói với bố mẹ nhé'],
      ['Anh Tuấn', '2024-07-02T22:23:00', 'gửi ảnh cho anh xem đi'],
    ]),
  },
  {
    name: 'sextortion, English: a threat, a demand and a deadline in three messages',
    language: 'en',
    harm: 'sextortion',
    offender: 'jess_xo',
    messages: chat([
      ['jess_xo', '2024-02-10T23:01:00', 'i screen recorded our video call'],
      ['Tom', '2024-02-10T23:02:00', 'what? please delete it'],
      ['jess_xo', '2024-02-10T23:03:00', "i'll send it to your family and all your followers"],
      ['jess_xo', '2024-02-10T23:04:00', 'pay $500 in steam cards'],
      ['jess_xo', '2024-02-10T23:05:00', 'you have 24 hours'],
      ['Tom', '2024-02-10T23:20:00', 'i cant i dont have that money'],
      ['jess_xo', '2024-02-11T09:00:00', "time's up. sending it to your mom now"],
    ]),
  },
  {
    name: 'sextortion, Indonesian: video held, spread threat, payment, deadline',
    language: 'id',
    harm: 'sextortion',
    offender: 'Rina',
    messages: chat([
      ['Rina', '2024-04-01T22:00:00', 'aku punya video bugil kamu'],
      ['Budi', '2024-04-01T22:01:00', 'tolong hapus'],
      ['Rina', '2024-04-01T22:02:00', 'aku sebar ke semua teman kamu kalau kamu tidak bayar'],
      ['Rina', '2024-04-01T22:03:00', 'transfer 2 juta sekarang'],
      ['Rina', '2024-04-01T22:04:00', 'waktumu 1 jam'],
    ]),
  },
  {
    name: 'recruitment, Khmer: an offer, Telegram, passport photo, a ticket, a river crossing',
    language: 'km',
    harm: 'recruitment_fraud',
    offender: 'Agent Lina',
    messages: chat([
      ['Agent Lina', '2024-08-01T09:00:00', 'មានការងារស្រួល ប្រាក់ខែ ១៥០០ ដុល្លារ មិនត្រូវការបទពិសោធន៍'],
      ['Sokha', '2024-08-01T09:05:00', 'ធ្វើការអ្វីបង?'],
      ['Agent Lina', '2024-08-01T09:06:00', 'វាយអក្សរលើកុំព្យូទ័រ នៅប៉ោយប៉ែត។ ទាក់ទង Telegram @lina_jobs'],
      ['Agent Lina', '2024-08-01T09:10:00', 'ផ្ញើរូបលិខិតឆ្លងដែនមក'],
      ['Agent Lina', '2024-08-02T09:00:00', 'ក្រុមហ៊ុនចេញថ្លៃសំបុត្រ និងកន្លែងស្នាក់នៅ'],
      ['Agent Lina', '2024-08-02T09:05:00', 'មិនចាំបាច់លិខិតឆ្លងដែនទេ ឆ្លងតាមទន្លេ'],
    ]),
  },
  {
    name: 'recruitment, English: customer service job, WhatsApp, passport, flight, no passport needed at the border',
    language: 'en',
    harm: 'recruitment_fraud',
    offender: 'HR Kevin',
    messages: chat([
      [
        'HR Kevin',
        '2024-09-01T10:00:00',
        'Hi! We are hiring customer service staff, $1,800/month, no experience needed',
      ],
      ['Arun', '2024-09-01T10:10:00', 'where is the job?'],
      ['HR Kevin', '2024-09-01T10:11:00', 'Sihanoukville. Contact me on WhatsApp +855 12 345 678'],
      ['HR Kevin', '2024-09-01T10:20:00', 'send a photo of your passport so we can book your flight'],
      ['HR Kevin', '2024-09-02T10:00:00', 'free visa and flight, the driver will pick you up at the airport'],
    ]),
  },
  {
    name: 'romance lure, Filipino: love talk, a ticket, a border pick-up',
    language: 'tl',
    harm: 'romance_lure',
    offender: 'Daniel',
    messages: chat([
      ['Daniel', '2024-10-01T21:00:00', 'good morning my dear, i miss talking to you'],
      ['Maricel', '2024-10-01T21:05:00', 'hi'],
      ['Daniel', '2024-10-02T21:00:00', 'mahal na mahal kita, i fell in love with you'],
      ['Daniel', '2024-10-03T21:00:00', 'ako na bahala sa ticket mo'],
      ['Daniel', '2024-10-03T21:02:00', 'i will wait for you at the border, we can be together every day'],
      ['Daniel', '2024-10-03T21:03:00', "don't tell your family"],
    ]),
  },
  {
    name: 'investment scam, English: wrong number, a move to Telegram, an investment pitch, a deposit',
    language: 'en',
    harm: 'scam',
    offender: 'Anna',
    messages: chat([
      ['Anna', '2024-11-01T08:00:00', 'Hi, is this Kevin? sorry wrong number'],
      ['Paul', '2024-11-01T08:05:00', 'no worries'],
      ['Anna', '2024-11-01T08:06:00', 'you seem nice. add me on telegram'],
      ['Anna', '2024-11-05T08:00:00', 'my uncle taught me crypto trading, guaranteed profit every day'],
      ['Anna', '2024-11-06T08:00:00', 'deposit 500 USDT on the platform and you will see the returns'],
    ]),
  },
  {
    name: 'predatory loan, English: a loan, a debt, nude photos as collateral, a threat',
    language: 'en',
    harm: 'predatory_loan',
    offender: 'QuickCash',
    messages: chat([
      ['QuickCash', '2024-12-01T12:00:00', 'i can lend you money, no documents'],
      ['Mai', '2024-12-01T12:05:00', 'i need 200 for school fees'],
      ['QuickCash', '2024-12-01T12:06:00', 'send a nude selfie holding your id as collateral'],
      ['QuickCash', '2024-12-20T12:00:00', 'you owe me 400 now'],
      ['QuickCash', '2024-12-21T12:00:00', 'pay or i send your nudes to your family'],
    ]),
  },
];

export const HARD_NEGATIVES: TestConversation[] = [
  {
    name: 'siblings teasing each other, English',
    language: 'en',
    messages: chat([
      ['Sam', '2024-03-01T17:00:00', 'give back my charger or im telling mom'],
      ['Ella', '2024-03-01T17:01:00', 'lol no'],
      ['Sam', '2024-03-01T17:02:00', 'i will post your baby pics on the family group haha'],
      ['Ella', '2024-03-01T17:03:00', 'you wouldnt dare. mom said you have to do the dishes tonight'],
      ['Sam', '2024-03-01T17:04:00', 'send me a pic of the dog, is he sleeping on my bed again?'],
      ['Ella', '2024-03-01T17:05:00', 'yes 😂'],
    ]),
  },
  {
    name: 'two teenagers dating, both 15, English',
    language: 'en',
    messages: chat([
      ['Jay', '2024-04-01T20:00:00', "i'm 15 btw, you?"],
      ['Mia', '2024-04-01T20:01:00', 'same, 15'],
      ['Jay', '2024-04-01T20:02:00', 'be my gf?'],
      ['Mia', '2024-04-01T20:03:00', 'yes!! love u'],
      ['Jay', '2024-04-02T21:00:00', 'send me a pic babe'],
      ['Mia', '2024-04-02T21:01:00', 'dont tell your mom we are dating lol'],
      ['Jay', '2024-04-02T21:02:00', 'meet me after school at the park'],
    ]),
  },
  {
    name: 'a teacher and a student arranging homework, English',
    language: 'en',
    messages: chat([
      ['Ms. Chan', '2024-05-01T16:00:00', 'Hi Dara, you missed class today. Are you ok?'],
      ['Dara', '2024-05-01T16:10:00', 'i was sick. i am in grade 7, which pages are the homework?'],
      ['Ms. Chan', '2024-05-01T16:11:00', 'Pages 12 to 14. Send me a photo of your homework when it is done.'],
      ['Dara', '2024-05-01T18:00:00', 'ok teacher'],
      ['Ms. Chan', '2024-05-01T18:01:00', 'We can meet after class tomorrow to go over the project.'],
    ]),
  },
  {
    name: 'a teacher and a student arranging homework, Khmer',
    language: 'km',
    messages: chat([
      ['អ្នកគ្រូ ស្រីនាង', '2024-05-01T16:00:00', 'ដារ៉ា ថ្ងៃនេះមិនបានមករៀនទេ?'],
      ['ដារ៉ា', '2024-05-01T16:10:00', 'ខ្ញុំឈឺ អ្នកគ្រូ។ ខ្ញុំរៀនថ្នាក់ទី៧'],
      ['អ្នកគ្រូ ស្រីនាង', '2024-05-01T16:11:00', 'ធ្វើលំហាត់ទំព័រ ១២ ហើយថតរូបកិច្ចការផ្ទះផ្ញើមកអ្នកគ្រូ'],
      ['ដារ៉ា', '2024-05-01T18:00:00', 'បាទ អ្នកគ្រូ'],
    ]),
  },
  {
    name: 'a mother checking on her child, English',
    language: 'en',
    messages: chat([
      ['Mom', '2024-06-01T18:30:00', 'where are you? send me a photo of where you are'],
      ['Kim', '2024-06-01T18:31:00', 'ok mom, at the library with Sara'],
      ['Mom', '2024-06-01T18:32:00', 'are you alone? dad will pick you up at 7'],
      ['Kim', '2024-06-01T18:33:00', 'ok mom'],
    ]),
  },
  {
    name: 'a mother checking on her child, Khmer',
    language: 'km',
    messages: chat([
      ['ម៉ាក់', '2024-06-01T18:30:00', 'កូននៅឯណា? ថតរូបកន្លែងកូននៅផ្ញើមកម៉ាក់'],
      ['កូនស្រី', '2024-06-01T18:31:00', 'ចាសម៉ាក់ នៅផ្ទះមិត្ត'],
      ['ម៉ាក់', '2024-06-01T18:32:00', 'ឆាប់មកផ្ទះវិញណា'],
    ]),
  },
  {
    name: 'friends joking about a "send nudes" meme, English',
    language: 'en',
    messages: chat([
      ['Nina', '2024-07-01T21:00:00', 'LMAO this meme "send nudes" with a picture of noodles'],
      ['Joy', '2024-07-01T21:01:00', 'im dead 😂 jk'],
      ['Nina', '2024-07-01T21:02:00', 'the nudes meme is everywhere on tiktok'],
    ]),
  },
  {
    name: 'HR arranging a real interview, English',
    language: 'en',
    messages: chat([
      ['HR Sokunthea', '2024-08-01T09:00:00', 'Thank you for applying for the accountant position at our company.'],
      [
        'HR Sokunthea',
        '2024-08-01T09:01:00',
        'Your interview is on Monday at 9am at our office, No. 12 Norodom Blvd, Phnom Penh. Please bring your CV.',
      ],
      ['Vannak', '2024-08-01T09:30:00', 'Thank you, is there any fee?'],
      ['HR Sokunthea', '2024-08-01T09:31:00', 'No, we never charge fees and we never keep your passport.'],
    ]),
  },
  {
    name: 'a news report shared in a family chat, Vietnamese and English',
    language: 'vi',
    messages: chat([
      [
        'Bác Hùng',
        '2024-09-01T07:00:00',
        'Công an đã giải cứu 50 người bị lừa sang Campuchia làm việc nhẹ lương cao, cả nhà cẩn thận nhé',
      ],
      [
        'Chị Lan',
        '2024-09-01T07:10:00',
        'Police rescued 50 victims lured with fake jobs offering high pay and free visa to scam compounds',
      ],
      ['Bác Hùng', '2024-09-01T07:11:00', 'đúng rồi, đừng tin mấy quảng cáo đó'],
    ]),
  },
];
