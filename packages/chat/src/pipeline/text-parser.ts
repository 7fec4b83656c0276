/** A parser of a line-based export: fed one line at a time, it puts messages into a `MessageSink`. */
export interface TextParser {
  line(text: string, lineNumber: number): void;
  /** Called once after the last line: flushes the message being read. */
  end(): void;
  /** The chat's name when the export's header gives one (LINE). */
  readonly title: string | null;
}
