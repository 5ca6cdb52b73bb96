/**
 * The most a request may send, checked before the body is read: the largest
 * honest request is far below these, and every byte above them would only
 * take memory. Plain numbers, so next.config.ts and proxy.ts can share them.
 */

/** A save of answers: at most 200 answers and 5 comments of 2,000 characters, under 50 KB even when every character takes three bytes. */
export const MAX_JSON_BODY_BYTES = 64 * 1024;

/** A form sent to a server action: the largest, a new scan, holds a description of 2,000 characters and 20 partner names. */
export const MAX_ACTION_BODY_BYTES = 128 * 1024;
