import "../components/cockpit/cockpit.css";
import { api, ApiFailure } from "../api";
import { countdown } from "../components/countdown";
import { proFormaPanel } from "../components/cockpit/proFormaPanel";
import { resultsPanel } from "../components/cockpit/resultsPanel";
import type { Names, ProFormaView, TurnResult } from "../components/cockpit/resultTypes";
import { debriefPanel } from "../components/debriefPanel";
import { decisionForm } from "../components/decisionForm";
import { errorBox } from "../components/errors";
import { marketNews } from "../components/marketNews";
import { standingsTable } from "../components/standings";
import { h, mount } from "../dom";
import { connectGame } from "../live";
import { endSession, type Session } from "../session";
import type { DecisionsView, DraftChange, DraftView, GameSummary, MarketBrief } from "../types";

const waiting: Partial<Record<GameSummary["status"], string>> = {
  Lobby: "La partie n'a pas encore commencé : préparez vos décisions ensemble, l'envoi s'ouvrira au démarrage.",
  Paused: "La partie est en pause : l'envoi des décisions reprendra à la reprise.",
  Finished: "La partie est terminée : consultez vos résultats et le classement.",
};

/** Whether two decisions are the same values (an absent field and null alike): the shared draft against what was sent. */
function sameDecisions(a: unknown, b: unknown): boolean {
  if (a === b || (a == null && b == null)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  return [...new Set([...Object.keys(left), ...Object.keys(right)])].every((key) => sameDecisions(left[key], right[key]));
}

/** In-page links must not change the hash: the hash is the app's route. */
const jumpTo = (target: string) => (event: Event) => {
  event.preventDefault();
  const section = document.querySelector<HTMLElement>(target);
  section?.scrollIntoView();
  section?.setAttribute("tabindex", "-1");
  section?.focus({ preventScroll: true });
};

/** The team cockpit: a shared draft edited live by teammates, submission, results and standings. */
export function showTeam(session: Session): () => void {
  const firmPath = `/api/games/${session.gameId}/firms/${session.firmId}`;
  const status = h("span", { class: "live-state", "data-testid": "live-state" }, "Connexion…");
  const banner = h("p", { class: "state-banner", "data-testid": "submission-state" }, "Chargement…");
  // The server names the field and the allowed range in French; the browser's own bubbles would hide that.
  const form = h("form", { class: "card", id: "decisions", "aria-labelledby": "decisions-title", novalidate: true });
  const results = h("section", { class: "card", id: "results", "aria-labelledby": "results-title" });
  const standings = h("section", { class: "card", id: "standings", "aria-label": "Classement" });
  const news = h("section", { class: "card market-news", id: "news", "aria-labelledby": "news-title", "data-testid": "market-news" });
  let teams: GameSummary["teams"] = [];
  const names: Names = {
    segment: (id) => market?.segments.find((s) => s.id === id)?.name ?? id,
    channel: (id) => market?.channels.find((c) => c.id === id)?.name ?? id,
    territory: (id) => market?.territories.find((t) => t.id === id)?.name ?? id,
    firm: (id) => teams.find((t) => t.firmId === id)?.name ?? id,
  };
  // Fields the pro-forma marked as wrong, cleared when a later pro-forma no longer names them.
  let shownByProForma = new Set<string>();
  const proForma = proFormaPanel(firmPath, names, (pro: ProFormaView) => {
    if (!editor || pro.turn !== formTurn) return;
    editor.setReps(pro.reps);
    for (const path of shownByProForma) if (!pro.errors.some((e) => e.field === path)) editor.clearError(path);
    shownByProForma = new Set(pro.errors.map((e) => e.field));
    for (const e of pro.errors) editor.showError(e.field, e.message);
    // The draft is valid again: a refusal shown under the submit button no longer applies.
    if (pro.errors.length === 0) errors.clear();
  });
  const errors = errorBox();
  const timer = countdown();
  let market: MarketBrief | undefined;
  let view: DecisionsView | undefined;
  let editor: ReturnType<typeof decisionForm> | undefined;
  let formTurn = 0;
  // The form's fields and buttons, locked at once when the quarter they belong to is closed.
  let formBody: HTMLFieldSetElement | undefined;
  const submit = h("button", { type: "submit", "data-testid": "submit-decisions", disabled: true }, "Envoyer les décisions");
  const withdraw = h("button", { type: "button", class: "secondary", "data-testid": "withdraw-decisions", hidden: true }, "Retirer l'envoi");
  withdraw.addEventListener("click", async () => {
    errors.clear();
    try {
      await api.delete(`${firmPath}/decisions/${view!.turn}`);
      await loadDecisions();
    } catch (error) {
      errors.show(error);
    }
  });
  let gameStatus: GameSummary["status"] = "None";
  let lastResolved = -1;

  const connection = connectGame({
    onGame,
    onState: (state) => (status.textContent = state),
    onDraft: (change: DraftChange) => editor?.apply(change),
    onReconnected: () => void reloadAfterReconnection(),
  });

  /** The shared draft was changed (by anyone in the team) since it was sent: only a new submission makes those changes count. */
  function changedSinceSent(): boolean {
    return view !== undefined && view.submitted && editor !== undefined && formTurn === view.turn && !sameDecisions(editor.decisions(), view.decisions);
  }

  function renderBanner(): void {
    if (!view) return;
    const changed = changedSinceSent();
    banner.className = `state-banner${view.submitted ? (changed ? " changed" : " submitted") : ""}`;
    const sent = view.submitted ? `Décisions du trimestre ${view.turn} envoyées par ${view.submittedBy} à ${new Date(view.submittedAt!).toLocaleTimeString("fr-FR")}` : "";
    banner.textContent = waiting[gameStatus] ?? (changed
      ? `${sent}, mais le brouillon a été modifié depuis : renvoyez les décisions pour que ces changements comptent.`
      : view.submitted
        ? `${sent}. Vous pouvez les modifier et les renvoyer jusqu'à la clôture.`
        : view.turn === 1
          ? "Trimestre 1 : décisions non envoyées. Sans envoi, les décisions de départ du scénario seront appliquées."
          : `Trimestre ${view.turn} : décisions non envoyées. Sans envoi, vos décisions du trimestre ${view.turn - 1} seront reconduites.`);
  }

  /** Banner and buttons follow the game's status and the team's submission without touching the form. */
  function updateControls(): void {
    if (!view) return;
    renderBanner();
    const open = gameStatus === "TurnOpen";
    submit.disabled = !open;
    submit.textContent = view.submitted ? "Renvoyer les décisions" : "Envoyer les décisions";
    withdraw.hidden = !view.submitted;
    withdraw.disabled = !open;
  }

  function renderForm(draft: DraftView): void {
    if (!market || !view) return;
    errors.clear();
    if (gameStatus === "Finished") {
      form.replaceChildren(h("h2", { id: "decisions-title" }, "Partie terminée"),
        h("p", {}, "Plus de décisions à prendre : comparez vos résultats trimestre par trimestre et préparez le débriefing."));
      formTurn = draft.turn;
      formBody = undefined;
      return;
    }
    editor = decisionForm(market, draft, session.displayName, connection, () => {
      proForma.refresh();
      if (!formBody?.disabled) renderBanner();
    });
    formTurn = draft.turn;
    shownByProForma = new Set();
    void proForma.load();
    formBody = h("fieldset", { class: "form-body" }, editor.element, errors.element, h("div", { class: "actions" }, submit, withdraw));
    form.replaceChildren(
      h("h2", { id: "decisions-title" }, `Décisions du trimestre ${draft.turn}`),
      h("p", { class: "hint" }, "Chaque modification est enregistrée et partagée aussitôt avec votre équipe."),
      formBody);
    form.onsubmit = async (event) => {
      event.preventDefault();
      errors.clear();
      const unreadable = editor!.unreadable();
      if (unreadable.length) {
        errors.show(new ApiFailure(400, "Décisions non envoyées : corrigez d'abord ces champs.", unreadable));
        return;
      }
      submit.disabled = true;
      try {
        await api.put(`${firmPath}/decisions/${draft.turn}`, editor!.decisions());
        await loadDecisions();
      } catch (error) {
        errors.show(error);
        if (error instanceof ApiFailure) for (const e of error.errors) editor?.showError(e.field, e.message);
        submit.disabled = false;
      }
    };
  }

  /**
   * The quarter of the form on screen is closed (resolved, or rolled back): nothing typed into it could count, so it is
   * locked until the form of the quarter now open replaces it.
   */
  function lockClosedForm(): void {
    if (!formBody || formBody.disabled) return;
    formBody.disabled = true;
    banner.className = "state-banner";
    banner.textContent = `Le trimestre ${formTurn} est clos : chargement de la suite…`;
  }

  /** Reloads the submission state; the shared draft form is rebuilt only for a new turn. */
  async function loadDecisions(): Promise<void> {
    view = await api.get<DecisionsView>(`${firmPath}/decisions`);
    if (view.turn !== formTurn) renderForm(await api.get<DraftView>(`${firmPath}/draft`));
    updateControls();
  }

  /** Teammates' changes made while this page was offline were not pushed to it: the form is rebuilt from the server's draft. */
  async function reloadAfterReconnection(): Promise<void> {
    if (!market) return;
    try {
      view = await api.get<DecisionsView>(`${firmPath}/decisions`);
      renderForm(await api.get<DraftView>(`${firmPath}/draft`));
      updateControls();
    } catch (error) {
      errors.show(error);
    }
  }

  async function loadResults(): Promise<void> {
    results.replaceChildren(...resultsPanel(await api.get<TurnResult[]>(`${firmPath}/results`), names));
  }

  function onGame(summary: GameSummary): void {
    teams = summary.teams;
    standings.replaceChildren(standingsTable(summary, session.firmId));
    news.replaceChildren(h("h2", { id: "news-title" }, "Actualité du marché"), marketNews(summary.news));
    timer.update(summary);
    const statusChanged = summary.status !== gameStatus;
    gameStatus = summary.status;
    if (summary.lastResolvedTurn !== lastResolved) {
      const firstUpdate = lastResolved === -1;
      lastResolved = summary.lastResolvedTurn;
      void loadResults();
      if (!firstUpdate) {
        lockClosedForm();
        void loadDecisions();
        return;
      }
    }
    const submittedNow = summary.teams.find((team) => team.firmId === session.firmId)?.hasSubmitted;
    if (view && summary.currentTurn !== formTurn) lockClosedForm();
    // A teammate sending the changed draft again leaves the team's line as it was: while the page shows the draft as
    // changed since sent, any news of the class may be that new submission.
    if (view && (summary.currentTurn !== view.turn || submittedNow !== view.submitted || changedSinceSent())) void loadDecisions();
    else if (statusChanged) updateControls();
  }

  const leave = h("button", { type: "button", class: "secondary" }, "Quitter");
  leave.addEventListener("click", () => { endSession(); location.hash = "#/"; });
  mount(
    h("div", { class: "page-head" }, h("h1", {}, `${session.firmName} — ${session.displayName}`), status, leave),
    banner,
    timer.element,
    h("nav", { class: "cockpit-nav", "aria-label": "Sections du cockpit" },
      ...[["#decisions", "Décisions"], ["#pro-forma", "Pro-forma"], ["#results", "Résultats"], ["#standings", "Classement"], ["#news", "Actualité"], ["#debrief", "Débriefing"]]
        .map(([target, label]) => h("a", { href: target, onclick: jumpTo(target) }, label))),
    h("div", { class: "columns" }, form, h("div", { class: "stack" }, proForma.element, standings, news)),
    results,
    h("div", { id: "debrief" }, debriefPanel(firmPath, () => lastResolved)));

  api.get<MarketBrief>(`/api/games/${session.gameId}/market`)
    .then((brief) => {
      market = brief;
      return loadDecisions();
    })
    .catch((error) => errors.show(error));
  return () => {
    timer.stop();
    connection.stop();
  };
}
