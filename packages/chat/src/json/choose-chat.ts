import { ChatImportError } from '../errors.ts';
import type { ChatChoice } from '../types.ts';
import type { WarningSink } from '../warnings.ts';

/**
 * Picks one conversation of a multi-chat export: the one whose id or title is `wanted`, else the
 * biggest (with a `multiple_chats` warning naming how to choose another).
 */
export function chooseChat(
  choices: readonly ChatChoice[],
  wanted: string | undefined,
  warnings: WarningSink,
): ChatChoice {
  if (wanted !== undefined) {
    const found = choices.find((choice) => choice.id === wanted) ?? choices.find((choice) => choice.title === wanted);
    if (!found) {
      const names = choices.slice(0, 20).map((choice) => `${choice.title ?? '(untitled)'} [${choice.id}]`);
      throw new ChatImportError('invalid_option', `no chat "${wanted}" in this export; it holds: ${names.join(', ')}`);
    }
    return found;
  }
  let best = choices[0]!;
  for (const choice of choices) if (choice.size > best.size) best = choice;
  if (choices.length > 1) {
    warnings.add({
      code: 'multiple_chats',
      message:
        `The export holds ${choices.length} chats; the biggest, "${best.title ?? best.id}", was imported. ` +
        'Pass the chat option (an id or title from `chats.available`) to import another.',
    });
  }
  return best;
}
