import { api, ApiFailure } from "../../api";
import { h } from "../../dom";
import type { TurnComment, TurnCommentKind } from "./debriefTypes";

/** Who reads the notes: a student of the team writes its justifications, the teacher writes the annotations. */
export type NoteWriter = "student" | "teacher";

const kinds: { kind: TurnCommentKind; label: string; path: string; writer: NoteWriter; empty: string }[] = [
  { kind: "Justification", label: "Justification de l'équipe", path: "justifications", writer: "student", empty: "Pas encore de justification." },
  { kind: "Annotation", label: "Annotation de l'enseignant·e", path: "annotations", writer: "teacher", empty: "Pas encore d'annotation." },
];

const savedLine = (comment: TurnComment) =>
  `Enregistrée par ${comment.author} le ${new Date(comment.at).toLocaleString("fr-FR", { dateStyle: "short", timeStyle: "short" })}`;

/** One note of one turn: editable by its writer (textarea, character count, French errors), read-only for the other. */
function note(firmPath: string, firmId: string, turn: number, spec: (typeof kinds)[number], comment: TurnComment | undefined, writer: NoteWriter): HTMLElement {
  const text = h("p", { class: "note-text", "data-testid": `${spec.path}-${turn}` }, comment?.text ?? spec.empty);
  const saved = h("p", { class: "hint" }, comment ? savedLine(comment) : "");
  if (writer !== spec.writer) return h("div", { class: "note" }, h("h5", {}, spec.label), text, saved);

  const id = `${spec.path}-${firmId}-${turn}`;
  const input = h("textarea", { id, rows: 3, "data-field": "text", class: "no-print" });
  input.value = comment?.text ?? "";
  const count = h("span", { class: "hint no-print", "aria-live": "polite" }, `${input.value.length} caractères`);
  input.addEventListener("input", () => (count.textContent = `${input.value.length} caractères`));
  const error = h("p", { class: "field-error no-print", role: "alert" });
  const save = h("button", { type: "submit", class: "secondary no-print" }, `Enregistrer ${spec.kind === "Justification" ? "la justification" : "l'annotation"}`);
  const form = h("form", { class: "note", novalidate: true },
    h("label", { for: id }, `${spec.label} — trimestre ${turn}`), input, count, error, save, text, saved);
  text.classList.add("print-only");
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    error.textContent = "";
    input.removeAttribute("aria-invalid");
    save.disabled = true;
    try {
      const stored = await api.put<TurnComment>(`${firmPath}/${spec.path}/${turn}`, { text: input.value });
      input.value = stored.text;
      text.textContent = stored.text;
      saved.textContent = savedLine(stored);
    } catch (failure) {
      error.textContent = failure instanceof ApiFailure && failure.errors.length ? failure.errors.map((e) => e.message).join(" ") : String(failure instanceof Error ? failure.message : failure);
      input.setAttribute("aria-invalid", "true");
    } finally {
      save.disabled = false;
    }
  });
  return form;
}

/**
 * Justifications and annotations of each resolved turn of one team: the team explains its main decisions, the teacher
 * comments them. Each save is kept on the server with who and when; the latest is shown and printed.
 */
export function turnNotes(firmPath: string, firmId: string, turns: number[], comments: TurnComment[], writer: NoteWriter): HTMLElement {
  const latest = (turn: number, kind: TurnCommentKind) => comments.filter((c) => c.turn === turn && c.kind === kind).at(-1);
  const section = h("section", { class: "debrief-block turn-notes", "data-testid": `turn-notes-${firmId}` },
    h("h3", {}, "Justifications et annotations"));
  if (!turns.length) {
    section.append(h("p", { class: "muted" }, "Les justifications s'écrivent après la résolution d'un trimestre."));
    return section;
  }
  section.append(h("p", { class: "hint no-print" }, writer === "student"
    ? "Expliquez en quelques phrases vos principales décisions de chaque trimestre ; l'enseignant·e les annote."
    : "Annotez le trimestre de l'équipe ; l'équipe voit votre annotation dans son débriefing."));
  for (const turn of [...turns].reverse()) {
    section.append(h("div", { class: "turn-note", "data-turn": turn },
      h("h4", {}, `Trimestre ${turn}`),
      ...kinds.map((spec) => note(firmPath, firmId, turn, spec, latest(turn, spec.kind), writer))));
  }
  return section;
}
