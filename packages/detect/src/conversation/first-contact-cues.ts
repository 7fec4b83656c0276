import type { ConversationCue } from './stage-cues.ts';

/**
 * Cues of the moments that come before a sextortion threat, in how people write them: the two
 * people have only just met (one introduces themself or adds the other, the other asks who they
 * are), and later the person whose picture or video is held begs for it to be deleted. They carry
 * no harm weight: they act through the sextortion-setup rules of `conversation-rules.ts`, together
 * with the picture exchange the analyzer sees across messages.
 */
export const FIRST_CONTACT_CUES: readonly ConversationCue[] = [
  {
    id: 'conversation.first_contact',
    cue: 'first_contact',
    weights: {},
    label: { en: 'The two have only just met', km: 'អ្នកទាំងពីរទើបតែស្គាល់គ្នា' },
    explanation: {
      en: 'One of them introduces themself, adds the other or says they found them through friends; or the other asks who they are. Most sextortion starts with a contact like this, hours before the threat.',
      km: 'ម្នាក់ណែនាំខ្លួន សុំ add ឬនិយាយថាបានឃើញតាមរយៈមិត្តភក្តិ ឬម្នាក់ទៀតសួរថាគេជានរណា។ ការជំរិតផ្លូវភេទភាគច្រើនចាប់ផ្តើមដោយទំនាក់ទំនងបែបនេះ ប៉ុន្មានម៉ោងមុនការគំរាម។',
    },
    phrases: {
      en: [
        'who r u',
        'who are you',
        'who is this',
        'do i know you',
        'do we know each other',
        'nice to meet you',
        'saw your profile',
        'saw ur profile',
        'we have mutual friends',
        'u look familiar',
        'you look familiar',
        'add me back',
        'thanks for adding me',
        'we matched',
        'my new account',
        'my old account got hacked',
      ],
      km: ['ស្គាល់គ្នាទេ', 'អ្នកណាហ្នឹង', 'នរណាហ្នឹង', 'សុំស្គាល់', 'ស្គាល់គ្នាបានទេ', 'រីករាយដែលបានស្គាល់', 'អាខោនថ្មី'],
      zh: ['你是谁', '我们认识吗', '认识一下', '很高兴认识你', '加个好友', '加好友', '新号', '旧号被盗'],
      th: [
        'ใครคะ',
        'ใครครับ',
        'รู้จักกันเหรอ',
        'รู้จักกันหรอ',
        'ทักมาทำความรู้จัก',
        'ขอทำความรู้จัก',
        'ยินดีที่ได้รู้จัก',
        'เป็นเพื่อนกับเพื่อน',
        'ขอเป็นเพื่อน',
      ],
      vi: [
        'ai vậy',
        'bạn là ai',
        'mình quen nhau à',
        'làm quen',
        'kết bạn',
        'rất vui được biết',
        'nick mới',
        'acc mới',
      ],
      id: [
        'ini siapa',
        'siapa ya',
        'kita kenal',
        'salam kenal',
        'kenalan yuk',
        'akun baru',
        'akun lama aku kena hack',
        'akun lama kena hack',
      ],
      my: ['ဘယ်သူလဲ', 'friend request လက်ခံ', 'မိတ်ဆက်ပါရစေ', 'တွေ့ရတာ ဝမ်းသာပါတယ်', 'အကောင့်အသစ်'],
      lo: ['ແມ່ນໃຜ', 'ຮູ້ຈັກກັນບໍ', 'ຂໍຮູ້ຈັກ', 'ຍິນດີທີ່ໄດ້ຮູ້ຈັກ', 'ບັນຊີໃໝ່', 'ເລີຍແອດມາ'],
      tl: ['sino ka', 'sino to', 'sino po sila', 'kilala ba kita', 'nice meeting you', 'bagong account'],
    },
    examples: {
      positive: ['ya i know kayla, who r u', 'สวัสดีค่ะ ทักมาทำความรู้จักนะ', 'chào anh, kết bạn nha'],
      negative: ['who cares lol', 'we know each other since kindergarten'],
    },
  },
  {
    id: 'conversation.deletion_plea',
    cue: 'deletion_plea',
    weights: {},
    label: { en: 'Begs for a picture or video to be deleted', km: 'អង្វរឱ្យលុបរូប ឬវីដេអូ' },
    explanation: {
      en: 'The other person asks for their picture or recording to be deleted: someone holds it against their will. This is the moment just before most sextortion threats.',
      km: 'អ្នកម្ខាងទៀតសុំឱ្យលុបរូប ឬវីដេអូរបស់គេ៖ មាននរណាម្នាក់កាន់វាទុកដោយគេមិនព្រម។ នេះជាពេលមុនការគំរាមជំរិតផ្លូវភេទភាគច្រើន។',
    },
    phrases: {
      en: [
        'delete it',
        'delete them',
        'delete that',
        'delete the video',
        'delete the pics',
        'delete my pics',
        'take it down',
        'erase it',
      ],
      km: ['លុបចោល', 'លុបវា', 'លុបវីដេអូ', 'លុបរូប', 'lub chol', 'lub chaol'],
      zh: ['删掉', '删了吧', '删除视频', '删除照片', '快删'],
      th: ['ลบเดี๋ยวนี้', 'ลบทิ้ง', 'ลบคลิป', 'ลบรูป', 'ลบออก', 'ลบให้หน่อย'],
      vi: ['xóa đi', 'xoá đi', 'xóa ngay', 'xoá ngay', 'xóa clip', 'xóa ảnh', 'gỡ xuống'],
      id: ['hapus', 'hapus videonya', 'hapus fotonya', 'tolong hapus'],
      my: ['ဖျက်ပေး', 'ဖျက်လိုက်', 'ဖျက်ပစ်'],
      lo: ['ລຶບຖິ້ມ', 'ລຶບອອກ', 'ລຶບວິດີໂອ'],
      tl: ['burahin mo', 'burahin niyo', 'i-delete mo', 'delete mo na'],
    },
    examples: {
      positive: ['what the hell. delete it', 'gì vậy, xóa đi', 'ano ba yan burahin mo'],
      negative: ['i deleted the app', 'the lecture was deleted from the portal'],
    },
  },
];
