// The largest body each route reads: what it really receives is kilobytes, so a flood of megabytes is refused
// (413) before anything is buffered or parsed on the main thread.

/** POST /api/command: one line of up to 20 000 characters as JSON (Persian takes two bytes a letter). */
export const PLAYGROUND_BODY_LIMIT_BYTES = 64 * 1024;
/** Discord interactions and Slack events: a command, a modal's fields or a message a shortcut names. */
export const PLATFORM_BODY_LIMIT_BYTES = 128 * 1024;
