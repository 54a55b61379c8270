import { api } from "../api";
import { h } from "../dom";
import type { ErrorBox } from "./errors";

/** How a command button is drawn and what it sends besides its URL. */
export interface CommandOptions {
  /** The request body, read at the click (e.g. a field's current value). */
  body?: () => unknown;
  secondary?: boolean;
  /** Asked with window.confirm before sending; a refusal sends nothing. */
  confirmText?: string;
  /** Extra attributes: data-testid, data-command, aria-label… */
  attributes?: Record<string, string>;
}

/**
 * A teacher command: posts to `url()` (read at the click), shows a refusal in `errors`, hands the answer to `done`;
 * the button is disabled while the request runs so a double click sends once.
 */
export function commandButton<T>(label: string, url: () => string, errors: ErrorBox, done: (answer: T) => void,
  options: CommandOptions = {}): HTMLButtonElement {
  const button = h("button", { type: "button", class: options.secondary ? "secondary" : "", ...options.attributes }, label);
  button.addEventListener("click", async () => {
    if (options.confirmText && !window.confirm(options.confirmText)) return;
    errors.clear();
    button.disabled = true;
    try {
      done(await api.post<T>(url(), options.body?.()));
    } catch (error) {
      errors.show(error);
    } finally {
      button.disabled = false;
    }
  });
  return button;
}
