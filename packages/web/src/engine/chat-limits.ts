/** The chat check's limits, shared by the page (which refuses a bigger file before reading it) and the worker. */

/** Files bigger than this are refused before they are read (a phone would run out of memory). */
export const MAX_CHAT_FILE_BYTES = 64 * 1024 * 1024;
/** The most bytes read from inside a zip (inflated). */
export const MAX_CHAT_INFLATED_BYTES = 128 * 1024 * 1024;
/** Messages analysed at most; the rest of a longer chat is left out (the page says so). */
export const MAX_CHAT_MESSAGES = 200_000;
