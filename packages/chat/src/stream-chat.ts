import type { ConversationMessage } from '@raksa/detect';
import { whatsAppTitle } from './chat-title.ts';
import { HEAD_BYTES } from './detect-format.ts';
import { ChatImportError } from './errors.ts';
import { importWith, isBlank, resolveFormat } from './import-chat.ts';
import { resolveLimits } from './limits.ts';
import { MessageSink } from './pipeline/message-sink.ts';
import { TextPipeline, isTextFormat } from './pipeline/text-pipeline.ts';
import type { StreamOptions, StreamSummary } from './types.ts';
import { WarningSink } from './warnings.ts';

/** WhatsApp messages held, at most, while no date has yet shown whether the file writes d/m or m/d. */
const MAX_PENDING_MESSAGES = 10_000;

function concat(chunks: readonly Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/**
 * Reads a chat export from a stream of byte chunks and yields its messages as they are read.
 * WhatsApp, LINE, CSV and JSONL use bounded memory whatever the size (one chunk, one line, one
 * message, and at most 10,000 WhatsApp messages while the date order is unknown). JSON exports
 * and zips must be read whole: they are collected up to `maxBytes` (default 256 MB) and refused
 * (`too_large`) beyond. The generator's return value is the summary (format, title, warnings…).
 */
export async function* streamChat(
  name: string,
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  options: StreamOptions = {},
): AsyncGenerator<ConversationMessage, StreamSummary, undefined> {
  const limits = resolveLimits(options);
  const warnings = new WarningSink(limits.maxWarnings, options.onWarning);
  const iterator = (Symbol.asyncIterator in chunks ? chunks[Symbol.asyncIterator]() : chunks[Symbol.iterator]()) as
    AsyncIterator<Uint8Array> | Iterator<Uint8Array>;
  let done = false;
  try {
    const head: Uint8Array[] = [];
    let headBytes = 0;
    while (headBytes < HEAD_BYTES) {
      const next = await iterator.next();
      if (next.done) {
        done = true;
        break;
      }
      if (next.value.length === 0) continue;
      const copy = next.value.slice();
      head.push(copy);
      headBytes += copy.length;
    }
    const first = concat(head, headBytes);
    if (headBytes === 0 || (done && isBlank(first))) throw new ChatImportError('empty', name);
    const format = resolveFormat(name, first.subarray(0, HEAD_BYTES), options.format);

    if (format === 'zip' || !isTextFormat(format)) {
      // Read whole: collect up to the limit, then import as `importChat` does.
      const all = [first];
      let total = headBytes;
      while (!done) {
        const next = await iterator.next();
        if (next.done) {
          done = true;
          break;
        }
        total += next.value.length;
        if (total > limits.maxBytes) {
          throw new ChatImportError(
            'too_large',
            `${name} is over ${Math.round(limits.maxBytes / 1024 / 1024)} MB; ${format === 'zip' ? 'zip files' : 'JSON exports'} are read whole and that is the limit (the maxBytes option).`,
          );
        }
        all.push(next.value.slice());
      }
      const chat = importWith({ name, bytes: concat(all, total) }, options, { limits, warnings, chat: options.chat });
      const { messages, ...summary } = chat;
      yield* messages;
      return summary;
    }

    let queue: ConversationMessage[] = [];
    const sink = new MessageSink(limits, warnings, (message) => queue.push(message));
    const pipeline = new TextPipeline(format, sink, warnings, limits, MAX_PENDING_MESSAGES);
    const drain = function* (): Generator<ConversationMessage> {
      const ready = queue;
      queue = [];
      yield* ready;
    };
    pipeline.push(first);
    yield* drain();
    while (!done && !sink.full) {
      const next = await iterator.next();
      if (next.done) {
        done = true;
        break;
      }
      pipeline.push(next.value);
      yield* drain();
    }
    pipeline.end();
    yield* drain();
    if (sink.outOfOrder) {
      warnings.add({
        code: 'out_of_order',
        message: 'Messages are not in time order in the file; they were given in the file’s order.',
      });
    }
    return {
      format,
      title: format === 'whatsapp' ? whatsAppTitle(name) : pipeline.parser.title,
      participants: sink.participants,
      warnings: warnings.list(),
      counts: { ...sink.counts },
    };
  } finally {
    // Stopped early (a limit, an error, or the caller broke off): let the source release its resources.
    if (!done) await iterator.return?.();
  }
}
