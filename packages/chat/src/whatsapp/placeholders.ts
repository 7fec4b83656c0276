/** What a WhatsApp message line says about an attachment, and the text left once the placeholder is removed. */
export interface Placeholder {
  media: string;
}

const MARKS = /^[\u200E\u200F\u202A-\u202E]+/u;

// iOS: "‎<attached: 00000012-PHOTO-2023-12-31-21-41-05.jpg>"; Android: "IMG-20231231-WA0001.jpg (file attached)".
const IOS_ATTACHED = /^<(?:attached|angehängt|adjunto|pièce jointe|terlampir|allegato|anexado): ([^<>]{1,300})>$/u;
const ANDROID_ATTACHED =
  /^(\S[^()]{0,250}\.\w{1,6}) \((?:file attached|Datei angehängt|archivo adjunto|fichier joint|file terlampir|file allegato|arquivo anexado|ไฟล์แนบ|已附加文件|tệp đính kèm)\)$/u;

const OMITTED: Record<string, string> = {
  '<media omitted>': 'media',
  '<medien ausgelassen>': 'media',
  '<media tidak disertakan>': 'media',
  '<multimedia omitido>': 'media',
  '<archivo omitido>': 'media',
  '<médias omis>': 'media',
  '<mídia oculta>': 'media',
  '<media weggelaten>': 'media',
  '<file media tidak disertakan>': 'media',
  '<ละไว้ซึ่งสื่อ>': 'media',
  '<không bao gồm tệp phương tiện>': 'media',
  '<省略影音>': 'media',
  '<媒体已忽略>': 'media',
  'image omitted': 'image',
  'photo omitted': 'image',
  'video omitted': 'video',
  'audio omitted': 'audio',
  'sticker omitted': 'sticker',
  'gif omitted': 'gif',
  'contact card omitted': 'contact',
  'document omitted': 'file',
  'bild weggelassen': 'image',
  'imagen omitida': 'image',
  'image absente': 'image',
  'gambar tidak disertakan': 'image',
  'video tidak disertakan': 'video',
  'view once photo omitted': 'image',
  'view once video omitted': 'video',
};

const DELETED = new Set([
  'this message was deleted',
  'this message was deleted.',
  'you deleted this message',
  'you deleted this message.',
  'diese nachricht wurde gelöscht.',
  'du hast diese nachricht gelöscht.',
  'se eliminó este mensaje.',
  'eliminaste este mensaje.',
  'ce message a été supprimé',
  'vous avez supprimé ce message',
  'pesan ini telah dihapus',
  'anda menghapus pesan ini',
  'ข้อความนี้ถูกลบแล้ว',
  'คุณลบข้อความนี้แล้ว',
  'tin nhắn này đã bị xóa',
  'bạn đã xóa tin nhắn này',
  '此消息已删除',
  '你删除了此消息',
]);

const OMITTED_LENGTHS = new Set(Object.keys(OMITTED).map((key) => key.length));
const DELETED_LENGTHS = new Set([...DELETED].map((key) => key.length));

const EDITED =
  /\s?\u200E?<(?:This message was edited|Nachricht wurde bearbeitet|Se editó este mensaje|Ce message a été modifié|Pesan ini telah diedit)>$/u;

const PREFIX_KINDS: Record<string, string> = {
  IMG: 'image',
  PHOTO: 'image',
  VID: 'video',
  VIDEO: 'video',
  AUD: 'audio',
  AUDIO: 'audio',
  PTT: 'audio',
  STK: 'sticker',
  STICKER: 'sticker',
  GIF: 'gif',
  DOC: 'file',
};
const EXTENSION_KINDS: Record<string, string> = {
  jpg: 'image',
  jpeg: 'image',
  png: 'image',
  webp: 'image',
  heic: 'image',
  mp4: 'video',
  mov: 'video',
  '3gp': 'video',
  opus: 'audio',
  ogg: 'audio',
  m4a: 'audio',
  mp3: 'audio',
  aac: 'audio',
  vcf: 'contact',
};

/** The kind of an attached file from its WhatsApp name (`IMG-…`, `00000012-PHOTO-…`) or extension. */
export function kindOfFile(fileName: string): string {
  const words = fileName.toUpperCase().split(/[-_.]/u);
  for (const word of words) {
    const kind = PREFIX_KINDS[word];
    if (kind) return kind;
  }
  const extension = fileName.slice(fileName.lastIndexOf('.') + 1).toLowerCase();
  return EXTENSION_KINDS[extension] ?? 'file';
}

/** Reads one line as a media placeholder (`<Media omitted>`, `image omitted`, attached files); null when it is text. */
export function readPlaceholder(line: string): Placeholder | null {
  if (line.length > 330) return null;
  const text = line.charCodeAt(0) > 0x2000 ? line.replace(MARKS, '').trim() : line.trim();
  if (text.length === 0) return null;
  const last = text[text.length - 1];
  if (last === ')') {
    const android = ANDROID_ATTACHED.exec(text);
    return android ? { media: kindOfFile(android[1]!) } : null;
  }
  if (text[0] === '<' && last === '>') {
    const ios = IOS_ATTACHED.exec(text);
    if (ios) return { media: kindOfFile(ios[1]!) };
  }
  if (text.endsWith('document omitted')) return { media: 'file' };
  if (!OMITTED_LENGTHS.has(text.length)) return null;
  const omitted = OMITTED[text.toLowerCase()];
  return omitted ? { media: omitted } : null;
}

export function isDeletedNotice(text: string): boolean {
  if (text.length > 44) return false;
  const bare = text.charCodeAt(0) > 0x2000 ? text.replace(MARKS, '').trim() : text.trim();
  return DELETED_LENGTHS.has(bare.length) && DELETED.has(bare.toLowerCase());
}

/** Removes the "<This message was edited>" tag WhatsApp appends to edited messages. */
export function stripEditedTag(text: string): string {
  if (text.charCodeAt(text.length - 1) !== 62) return text; // '>'
  return EDITED.test(text) ? text.replace(EDITED, '') : text;
}
