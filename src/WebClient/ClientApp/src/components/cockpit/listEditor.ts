/**
 * A decision edited as a whole value (a list): the editor validates it in French and shares it as one field
 * of the draft; a teammate's change to the same path is applied back with <c>apply</c>.
 */
export interface ListEditor {
  path: string;
  label: string;
  element: HTMLElement;
  apply(value: unknown): void;
}

/** Shares a whole value at <c>path</c>; the form shows the error or the stamp of who changed it. */
export type Share = (value: unknown) => void;

/** A rate (0.075) as the percent a student types ("7,5"). */
export const percentText = (rate: number): string => String(Math.round(rate * 100000) / 1000).replace(".", ",");
