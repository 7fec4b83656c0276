import type { Indicator } from '../indicators/schema.ts';

/**
 * Conversation cues the catalogue does not carry: phrases that mark a stage of a script (trust
 * building, escalation of a threat, travel being arranged) or that explain an innocent request
 * (a photo of the homework, a photo of where the child is, a meme). They are written like
 * catalogue indicators, compiled with the catalogue (so they are normalised by the engine's own
 * normaliser and matched in the same single pass) and carry no harm weight of their own: they
 * act through the conversation rules and the stage timeline.
 */
export type CueCode =
  | 'trust'
  | 'image_request'
  | 'escalation'
  | 'travel_arrangement'
  | 'benign_photo'
  | 'joke'
  | 'school_work'
  | 'addresses_parent'
  | 'recording_held'
  | 'exposure_threat'
  | 'short_deadline'
  | 'transfer_demand'
  | 'video_call_request'
  | 'picture_swap'
  | 'parental_check'
  | 'warning_or_news'
  | 'secrecy_words'
  | 'sexual_words'
  | 'gift_words'
  | 'meeting_words'
  | 'chat_app_words'
  | 'fare_words'
  | 'papers_words'
  | 'love_words'
  | 'debt_words'
  | 'loan_words'
  | 'age_probe'
  | 'child_gift'
  | 'minor_offered'
  | 'sale_terms'
  | 'first_contact'
  | 'deletion_plea'
  | 'undress_request';

export interface ConversationCue extends Indicator {
  cue: CueCode;
}

const NO_WEIGHT = {};

export const CONVERSATION_CUES: readonly ConversationCue[] = [
  {
    id: 'conversation.trust',
    cue: 'trust',
    weights: NO_WEIGHT,
    label: { en: 'Builds trust and closeness', km: 'កសាងការទុកចិត្ត និងភាពស្និទ្ធស្នាល' },
    explanation: {
      en: 'Telling someone they can share anything, that they are special or that only you are there for them builds the bond a groomer later uses.',
      km: 'ការប្រាប់នរណាម្នាក់ថាគេអាចប្រាប់អ្វីៗទាំងអស់ ថាគេពិសេស ឬថាមានតែខ្លួនទេដែលនៅក្បែរគេ កសាងចំណងដែលអ្នកលួងលោមប្រើនៅពេលក្រោយ។',
    },
    phrases: {
      en: [
        'you can tell me anything',
        'u can tell me anything',
        'you can trust me',
        'u can trust me',
        'you are special to me',
        "you're special to me",
        'ur special to me',
        'i am always here for you',
        "i'm always here for you",
        'im always here for u',
        'i will always be there for you',
        'we have a special connection',
      ],
      km: ['អូនអាចប្រាប់បងបានគ្រប់យ៉ាង', 'ប្រាប់បងបានគ្រប់រឿង', 'ទុកចិត្តបងចុះ', 'អូនពិសេសសម្រាប់បង', 'បងនៅក្បែរអូនជានិច្ច'],
      zh: ['你可以告诉我任何事', '你什么都可以跟我说', '你可以相信我', '你对我来说很特别', '我会一直陪着你'],
      th: ['บอกพี่ได้ทุกเรื่อง', 'เล่าให้พี่ฟังได้ทุกเรื่อง', 'ไว้ใจพี่ได้', 'หนูพิเศษสำหรับพี่', 'พี่อยู่ข้างหนูเสมอ'],
      vi: [
        'em có thể kể với anh mọi chuyện',
        'em cứ tin anh',
        'em đặc biệt với anh',
        'anh luôn ở bên em',
        'em co the ke voi anh moi chuyen',
      ],
      id: [
        'kamu bisa cerita apa aja ke aku',
        'kamu bisa percaya sama aku',
        'kamu spesial buat aku',
        'aku selalu ada buat kamu',
      ],
      my: ['ကိုယ့်ကို ဘာမဆို ပြောလို့ရတယ်', 'ကိုယ့်ကို ယုံလို့ရတယ်', 'မင်းက ကိုယ့်အတွက် အထူးပဲ'],
      lo: ['ບອກອ້າຍໄດ້ທຸກເລື່ອງ', 'ໄວ້ໃຈອ້າຍໄດ້', 'ນ້ອງພິເສດສຳລັບອ້າຍ'],
      tl: [
        'pwede mong sabihin sakin kahit ano',
        'pwede mo akong pagkatiwalaan',
        'special ka sakin',
        'lagi lang ako nandito para sayo',
      ],
    },
    examples: {
      positive: ['you can tell me anything ok?', 'អូនអាចប្រាប់បងបានគ្រប់យ៉ាង'],
      negative: ['you can tell me the answer tomorrow'],
    },
  },
  {
    id: 'conversation.image_request',
    cue: 'image_request',
    weights: { grooming: 0.3 },
    signals: ['photo_request'],
    label: { en: 'Asks for a picture of the person', km: 'សុំរូបថតរបស់មនុស្សនោះ' },
    explanation: {
      en: 'A request for pictures of the person. Alone it is ordinary; with a child, secrecy or sexual talk it is a step of grooming.',
      km: 'ការសុំរូបថតរបស់មនុស្សនោះ។ តែឯងវាធម្មតា ប៉ុន្តែជាមួយកុមារ ការលាក់ការសម្ងាត់ ឬការនិយាយផ្លូវភេទ វាជាជំហាននៃការលួងលោម។',
    },
    phrases: {
      en: [
        'send me a selfie',
        'send me a pic of yourself',
        'can i see a pic of you',
        'show me a pic of you',
        'pic of u in ur',
        'pic of you in your',
        'in ur pjs',
        'in your pajamas',
        'no shirt pic',
        'shirtless pic',
        'see more of u',
        'see more of you',
        'show me more of u',
        'show me more of you',
        'send me a pic in your',
        'send me a pic in ur',
        'pic in your swimsuit',
        'full body pic',
      ],
      km: [
        'ផ្ញើរូបអូនមកបង',
        'ផ្ញើរូបមកបងមើល',
        'ថតរូបខ្លួនឯងផ្ញើមក',
        'ស្លៀកខោអាវគេង',
        'chhng ban rub',
        "ph'nher rub mok",
        'fnher rub mok',
        'ផ្ញើរូបបងមក',
        'ផ្ញើរូបបងមកអូន',
        'chong merl rub oun',
        'som merl rub oun',
        'som merl rub bong',
      ],
      zh: ['发张你的照片', '发张自拍', '给我看看你的照片', '穿睡衣拍'],
      th: [
        'ส่งรูปให้พี่ดู',
        'ขอดูรูปหน่อย',
        'ถ่ายรูปส่งมาให้พี่',
        'ขอรูปหน่อย',
        'ใส่ชุดนอนส่งมา',
        'ตอนใส่ชุดนอน',
        'ถ่ายรูปส่งมาให้',
        'ส่งมาให้ครูดู',
        'ส่งมาให้พี่ดู',
        'ในห้องนอนส่งมา',
        'ขอดูหน้าหน่อย',
      ],
      vi: [
        'gửi ảnh cho anh xem',
        'gửi hình cho anh xem',
        'chụp ảnh gửi anh',
        'mặc đồ ngủ gửi',
        'gửi a tấm ảnh',
        'gửi anh tấm ảnh',
        'gửi a 1 tấm',
        'gửi anh 1 tấm',
        'cho anh xem ảnh em',
        'cho a xem ảnh e',
      ],
      id: ['kirim foto kamu', 'kirim foto dong', 'fotoin diri kamu', 'pap dong', 'fotoin badan'],
      my: ['ဓာတ်ပုံပို့ပေး', 'ပုံလေးပို့ပေး', 'ညဝတ်အင်္ကျီနဲ့ ဓာတ်ပုံ'],
      lo: ['ສົ່ງຮູບໃຫ້ອ້າຍເບິ່ງ', 'ຂໍເບິ່ງຮູບແດ່', 'ສົ່ງຮູບແຊບ'],
      tl: [
        'send ka ng pic mo',
        'pa-picture naman',
        'patingin ng pic mo',
        'picturan mo nga sarili mo',
        'suot yung bagong pantulog',
        'pakita ka naman',
        'send ka pic mo',
      ],
    },
    examples: { positive: ['ส่งรูปให้พี่ดูหน่อย', 'send me a selfie'], negative: ['send me the file'] },
  },
  {
    id: 'conversation.escalation',
    cue: 'escalation',
    weights: NO_WEIGHT,
    label: { en: 'Pushes a threat further', km: 'បង្កើនការគំរាម' },
    explanation: {
      en: 'A "last chance", a countdown or a claim that the pictures are already being sent is the escalation stage of sextortion. Stop replying, keep the evidence and report.',
      km: '«ឱកាសចុងក្រោយ» ការរាប់ថយក្រោយ ឬការអះអាងថារូបកំពុងត្រូវបានផ្ញើ គឺជាដំណាក់កាលបង្កើនការគំរាមនៃការជំរិតផ្លូវភេទ។ ឈប់ឆ្លើយ រក្សាភស្តុតាង ហើយរាយការណ៍។',
    },
    phrases: {
      en: [
        'last chance',
        'this is your last chance',
        "time's up",
        'times up',
        'time is up',
        'i am sending it now',
        "i'm sending it now",
        'im sending it now',
        'already sent it to',
        'i already sent it to',
        'sending it to your mom now',
        'sending to your family now',
        'posting it now',
      ],
      km: ['ឱកាសចុងក្រោយ', 'អស់ពេលហើយ', 'ផ្ញើទៅហើយ', 'កំពុងផ្ញើទៅម៉ាក់ឯង'],
      zh: ['最后一次机会', '最后机会', '时间到了', '我现在就发', '我已经发给'],
      th: ['โอกาสสุดท้าย', 'หมดเวลาแล้ว', 'ส่งไปแล้ว', 'กำลังส่งให้แม่'],
      vi: ['cơ hội cuối cùng', 'hết giờ rồi', 'tao gửi rồi đấy', 'tao đang gửi cho'],
      id: ['kesempatan terakhir', 'waktu habis', 'udah aku kirim ke', 'aku kirim sekarang'],
      my: ['နောက်ဆုံးအခွင့်အရေး', 'အချိန်ပြည့်ပြီ'],
      lo: ['ໂອກາດສຸດທ້າຍ', 'ໝົດເວລາແລ້ວ'],
      tl: ['huling pagkakataon', 'last chance mo na', 'ipapadala ko na ngayon', 'sinend ko na sa'],
    },
    examples: {
      positive: ['this is your last chance', "time's up. sending it to your mom now"],
      negative: ['last night was fun'],
    },
  },
  {
    id: 'conversation.travel_arrangement',
    cue: 'travel_arrangement',
    weights: NO_WEIGHT,
    label: { en: 'Arranges the journey', km: 'រៀបចំការធ្វើដំណើរ' },
    explanation: {
      en: 'Booking a ticket, sending a driver or naming a pick-up point means the journey is being arranged. Check who pays, where you will stay and who keeps your passport before you go.',
      km: 'ការកក់សំបុត្រ ការបញ្ជូនអ្នកបើកបរ ឬការប្រាប់កន្លែងទទួល មានន័យថាការធ្វើដំណើរកំពុងត្រូវបានរៀបចំ។ សូមពិនិត្យថាអ្នកណាចេញថ្លៃ អ្នកនឹងស្នាក់នៅឯណា និងអ្នកណាកាន់លិខិតឆ្លងដែនរបស់អ្នក មុនពេលចេញដំណើរ។',
    },
    phrases: {
      en: [
        'i booked your bus',
        'booked your bus ticket',
        'the driver will pick you up',
        'driver will wait for you',
        'someone will pick you up at',
        'pick you up at the airport',
        'pick you up at the bus station',
        'the van leaves at',
        'the car will take you to',
      ],
      km: ['ទិញសំបុត្រឡានឱ្យហើយ', 'មានឡានមកទទួល', 'អ្នកបើកឡាននឹងចាំ', 'មានគេចាំទទួលនៅព្រំដែន'],
      zh: ['车票已经买好', '司机会去接你', '有人会在机场接你', '到了有人接你'],
      th: ['จองตั๋วรถให้แล้ว', 'มีรถมารับ', 'คนขับจะรอที่', 'มีคนไปรับที่สนามบิน'],
      vi: ['đã đặt vé xe cho em', 'sẽ có xe đón em', 'tài xế sẽ đợi em', 'có người đón em ở sân bay'],
      id: ['tiket bus sudah dipesan', 'sopir akan jemput kamu', 'nanti ada yang jemput di bandara', 'mobil jemput jam'],
      my: ['ကားလက်မှတ် ဝယ်ပြီးပြီ', 'ကားလာကြိုမယ်', 'လေဆိပ်မှာ လာကြိုမယ်'],
      lo: ['ຈອງປີ້ລົດໃຫ້ແລ້ວ', 'ມີລົດມາຮັບ', 'ມີຄົນໄປຮັບທີ່ສະໜາມບິນ'],
      tl: ['nabook ko na ang bus mo', 'susunduin ka ng driver', 'may susundo sayo sa airport', 'aalis ang van ng'],
    },
    examples: {
      positive: ['the driver will pick you up at 5', 'nanti ada yang jemput di bandara'],
      negative: ['the driver was late today'],
    },
  },
  {
    id: 'conversation.benign_photo',
    cue: 'benign_photo',
    weights: NO_WEIGHT,
    label: { en: 'A photo of a thing or a place', km: 'រូបថតរបស់ ឬទីកន្លែង' },
    explanation: {
      en: 'A request for a photo of the homework, a receipt or the place where someone is, is not a request for pictures of the person.',
      km: 'ការសុំរូបថតកិច្ចការផ្ទះ វិក្កយបត្រ ឬកន្លែងដែលនរណាម្នាក់កំពុងនៅ មិនមែនជាការសុំរូបរបស់មនុស្សនោះទេ។',
    },
    phrases: {
      en: [
        'photo of where you are',
        'pic of where you are',
        'picture of where you are',
        'photo of your homework',
        'pic of your homework',
        'photo of the homework',
        'pic of the homework',
        'photo of your worksheet',
        'photo of the worksheet',
        'photo of your answers',
        'photo of the receipt',
        'pic of the receipt',
        'photo of the bus stop',
        'photo of the menu',
        'photo of the board',
      ],
      km: ['ថតរូបកិច្ចការផ្ទះ', 'ថតកិច្ចការផ្ទះ', 'ថតរូបកន្លែងកូននៅ', 'ថតរូបកន្លែងដែលកូននៅ', 'ថតរូបកន្លែងនោះមក'],
      zh: ['拍一下你在哪里', '拍个你在哪的照片', '把作业拍给我', '拍一下作业', '作业拍照'],
      th: ['ถ่ายรูปการบ้าน', 'ถ่ายรูปที่ที่ลูกอยู่', 'ถ่ายรูปตรงที่อยู่ให้ดู', 'ส่งรูปการบ้าน'],
      vi: ['chụp bài tập', 'chụp ảnh bài tập', 'chụp chỗ con đang ở', 'chụp hình chỗ con đang ở'],
      id: ['foto pr kamu', 'foto tugasnya', 'foto lokasi kamu', 'foto tempat kamu sekarang'],
      my: ['အိမ်စာ ဓာတ်ပုံရိုက်ပို့', 'ရောက်နေတဲ့နေရာ ဓာတ်ပုံရိုက်ပို့'],
      lo: ['ຖ່າຍຮູບການບ້ານ', 'ຖ່າຍຮູບບ່ອນທີ່ລູກຢູ່'],
      tl: ['picture ng assignment mo', 'picture ng homework mo', 'picture kung nasaan ka', 'pic kung nasan ka'],
    },
    examples: {
      positive: ['send me a photo of where you are', 'send me a pic of your homework'],
      negative: ['send me a photo of you'],
    },
  },
  {
    id: 'conversation.joke',
    cue: 'joke',
    weights: NO_WEIGHT,
    label: { en: 'Joking or sharing a meme', km: 'និយាយលេង ឬចែករំលែក meme' },
    explanation: {
      en: 'The words appear in a joke or a meme the writer is sharing, not in a request.',
      km: 'ពាក្យទាំងនេះលេចឡើងក្នុងការនិយាយលេង ឬ meme ដែលអ្នកសរសេរចែករំលែក មិនមែនជាការស្នើសុំទេ។',
    },
    phrases: {
      en: [
        'meme',
        'memes',
        'this meme',
        'jk',
        'just kidding',
        'im joking',
        "i'm joking",
        'just joking',
        'lmaooo',
        'that tiktok',
      ],
      km: ['និយាយលេងទេ', 'លេងសើចទេ', 'meme នេះ'],
      zh: ['开玩笑的', '开个玩笑', '表情包', '这个梗'],
      th: ['ล้อเล่น', 'มีมนี้', 'แค่มุก'],
      vi: ['đùa thôi', 'giỡn thôi', 'cái meme này', 'dua thoi'],
      id: ['bercanda', 'becanda doang', 'cuma bercanda', 'meme ini'],
      my: ['စတာပါ', 'နောက်တာပါ'],
      lo: ['ລໍ້ຫຼິ້ນ', 'ເວົ້າຫຼິ້ນ'],
      tl: ['joke lang', 'biro lang', 'charot', 'char lang'],
    },
    examples: { positive: ['lol this meme', 'joke lang'], negative: ['memento'] },
  },
  {
    id: 'conversation.school_work',
    cue: 'school_work',
    weights: NO_WEIGHT,
    label: { en: 'Schoolwork', km: 'កិច្ចការសាលា' },
    explanation: {
      en: 'Talk about homework, an assignment or a class: the usual business between a teacher and a student or between classmates.',
      km: 'ការនិយាយអំពីកិច្ចការផ្ទះ កិច្ចការ ឬថ្នាក់រៀន៖ រឿងធម្មតារវាងគ្រូ និងសិស្ស ឬរវាងមិត្តរួមថ្នាក់។',
    },
    phrases: {
      en: [
        'homework',
        'assignment',
        'worksheet',
        'group project',
        'the project',
        'science fair',
        'in class',
        'after class',
        'the exam',
        'the quiz',
        'study group',
        'the library',
      ],
      km: ['កិច្ចការផ្ទះ', 'លំហាត់', 'ការប្រឡង', 'ក្នុងថ្នាក់', 'បណ្ណាល័យ'],
      zh: ['作业', '考试', '上课', '图书馆', '小组项目'],
      th: ['การบ้าน', 'สอบ', 'ในห้องเรียน', 'ห้องสมุด', 'งานกลุ่ม'],
      vi: ['bài tập về nhà', 'bài tập', 'bài kiểm tra', 'trên lớp', 'thư viện', 'bai tap'],
      id: ['pr', 'tugas sekolah', 'tugas kelompok', 'ujian', 'perpustakaan'],
      my: ['အိမ်စာ', 'စာမေးပွဲ', 'စာကြည့်တိုက်'],
      lo: ['ການບ້ານ', 'ເສັງ', 'ຫ້ອງສະໝຸດ'],
      tl: ['assignment', 'takdang aralin', 'exam', 'sa klase', 'library'],
    },
    examples: { positive: ['did you finish the homework', 'ធ្វើកិច្ចការផ្ទះហើយឬនៅ'], negative: ['homeworld'] },
  },
  {
    id: 'conversation.addresses_parent',
    cue: 'addresses_parent',
    weights: NO_WEIGHT,
    label: { en: 'Talks to a parent', km: 'និយាយជាមួយឪពុក ឬម្តាយ' },
    explanation: {
      en: 'The writer answers a parent ("ok mom", "yes dad"): the other person in the chat is their parent.',
      km: 'អ្នកសរសេរឆ្លើយទៅឪពុក ឬម្តាយ («បាទម៉ាក់» «ចាសប៉ា»)៖ អ្នកម្ខាងទៀតក្នុងការសន្ទនាគឺជាឪពុក ឬម្តាយរបស់គេ។',
    },
    phrases: {
      en: [
        'ok mom',
        'okay mom',
        'ok mum',
        'yes mom',
        'yes mum',
        'ok dad',
        'okay dad',
        'yes dad',
        'thanks mom',
        'thanks dad',
        'love you mom',
        'love you dad',
        'sorry mom',
        'coming mom',
      ],
      km: ['បាទម៉ាក់', 'ចាសម៉ាក់', 'ចាស៎ម៉ាក់', 'បាទប៉ា', 'ចាសប៉ា', 'ចាស៎ប៉ា', 'អរគុណម៉ាក់'],
      zh: ['好的妈妈', '知道了妈', '知道了妈妈', '好的爸爸', '知道了爸', '谢谢妈妈'],
      th: ['ค่ะแม่', 'ครับแม่', 'ค่ะพ่อ', 'ครับพ่อ', 'ได้ค่ะแม่', 'ได้ครับแม่'],
      vi: ['dạ mẹ ơi', 'vâng ạ mẹ', 'con biết rồi mẹ', 'con về liền mẹ', 'dạ con biết rồi'],
      id: ['iya bu', 'iya ma', 'oke ma', 'iya pa', 'iya mah', 'siap bu'],
      my: ['ဟုတ်ကဲ့ မေမေ', 'ဟုတ် အမေ', 'ဟုတ်ကဲ့ ဖေဖေ'],
      lo: ['ເຈົ້າແມ່', 'ໂດຍແມ່', 'ເຈົ້າພໍ່'],
      tl: ['opo ma', 'sige ma', 'opo pa', 'sige pa', 'opo nay', 'opo tay'],
    },
    examples: { positive: ['ok mom, on my way', 'ចាសម៉ាក់'], negative: ['my mom is ok'] },
  },
];
