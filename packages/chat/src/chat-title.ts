// "WhatsApp Chat with Dara.txt" (Android), "WhatsApp Chat - Dara.zip" (iOS), and some translations.
const WHATSAPP_NAME =
  /^WhatsApp[ -](?:Chat|Chat de WhatsApp|Unterhaltung|Discussion) ?(?:with|-|mit|con|avec|dengan|với|กับ|com|met) (.+?)(?: \(\d+\))?\.(?:txt|zip)$/iu;

/** The chat's name from a WhatsApp export's file name; null for `_chat.txt` or any other name. */
export function whatsAppTitle(fileName: string): string | null {
  const base = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
  return WHATSAPP_NAME.exec(base)?.[1]?.trim() ?? null;
}
