import type { ConversationMessage } from '@raksa/detect';
import type { ChatCounts, ImportLimits } from '../types.ts';
import { isBefore } from '../time/iso.ts';
import type { WarningSink } from '../warnings.ts';

const MAX_PARTICIPANTS = 10_000;

/**
 * Where every parser puts its messages: counts them, stops at `maxMessages`, gathers participants
 * (bounded), cuts over-long texts and notices when times go backwards.
 */
export class MessageSink {
  readonly counts: ChatCounts = { messages: 0, systemMessages: 0, mediaMessages: 0 };
  private readonly participantSet = new Set<string>();
  private previousTime: string | null = null;
  /** True once a message's time was earlier than the one before it. */
  outOfOrder = false;
  /** True once `maxMessages` messages were taken: parsers stop reading. */
  full = false;

  constructor(
    private readonly limits: Required<ImportLimits>,
    private readonly warnings: WarningSink,
    private readonly emit: (message: ConversationMessage) => void,
  ) {}

  get participants(): string[] {
    return [...this.participantSet];
  }

  /** Names a participant the export lists even if they never wrote. */
  addParticipant(name: string): void {
    if (this.participantSet.size < MAX_PARTICIPANTS) this.participantSet.add(name);
  }

  system(): void {
    this.counts.systemMessages++;
  }

  add(message: ConversationMessage, line?: number): void {
    if (this.full) return;
    if (this.counts.messages >= this.limits.maxMessages) {
      this.full = true;
      this.warnings.add({
        code: 'max_messages',
        message: `Only the first ${this.limits.maxMessages} messages were read (the maxMessages limit).`,
        ...(line === undefined ? {} : { line }),
      });
      return;
    }
    if (message.text.length > this.limits.maxMessageChars) {
      message.text = message.text.slice(0, this.limits.maxMessageChars);
      this.warnings.add({
        code: 'message_truncated',
        message: `A message longer than ${this.limits.maxMessageChars} characters was cut.`,
        ...(line === undefined ? {} : { line }),
      });
    }
    this.counts.messages++;
    if (message.media && message.media.length > 0) this.counts.mediaMessages++;
    if (message.author !== '' && !this.participantSet.has(message.author)) {
      if (this.participantSet.size < MAX_PARTICIPANTS) this.participantSet.add(message.author);
      else
        this.warnings.addOnce({
          code: 'too_many_participants',
          message: `More than ${MAX_PARTICIPANTS} different authors; only the first ${MAX_PARTICIPANTS} are listed.`,
        });
    }
    if (message.time !== null) {
      if (!this.outOfOrder && this.previousTime !== null && isBefore(message.time, this.previousTime))
        this.outOfOrder = true;
      this.previousTime = message.time;
    }
    this.emit(message);
  }
}
