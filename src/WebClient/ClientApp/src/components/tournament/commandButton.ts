import { api } from "../../api";
import { h } from "../../dom";
import type { ErrorBox } from "../errors";

/** One teacher command of the tournament page: posts to `url`, shows a refusal in `errors`, hands the answer to `done`. */
export function commandButton<T>(label: string, url: string, testId: string, errors: ErrorBox, done: (answer: T) => void,
  options: { body?: unknown; secondary?: boolean; accessibleName?: string } = {}): HTMLButtonElement {
  const button = h("button", {
    type: "button", class: options.secondary ? "secondary" : "", "data-testid": testId, "aria-label": options.accessibleName,
  }, label);
  button.addEventListener("click", async () => {
    errors.clear();
    button.disabled = true;
    try {
      done(await api.post<T>(url, options.body));
    } catch (error) {
      errors.show(error);
    } finally {
      button.disabled = false;
    }
  });
  return button;
}
