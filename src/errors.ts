// Typed user errors: every parser and validator returns these instead of throwing at the user.

/** Where in the user's input the problem is. */
export interface ErrorLocation {
  /** 1-based line and column in the text the user typed. */
  line?: number;
  column?: number;
  /** Field path in the spec, e.g. `weights[1]` or `activations[0]`. */
  field?: string;
  /** The offending text, quoted back. */
  excerpt?: string;
}

/**
 * A problem with what the user gave us. `id` is stable (the message catalogue translates it),
 * `params` fill the catalogue's template, `message` is the English text for logs and the CLI.
 */
export interface UserError {
  id: string;
  message: string;
  params?: Record<string, string | number>;
  location?: ErrorLocation;
  /** A short correct example or the closest valid word ("did you mean …"). */
  hint?: string;
}

export type Result<T, E = UserError[]> = { ok: true; value: T } | { ok: false; error: E };

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });
export const fail = <E>(error: E): { ok: false; error: E } => ({ ok: false, error });

/** Thrown only inside our own code to carry a UserError to the dispatcher; never reaches a user raw. */
export class UserFacingError extends Error {
  constructor(readonly errors: UserError[]) {
    super(errors.map((e) => e.message).join('\n'));
    this.name = 'UserFacingError';
  }
}
