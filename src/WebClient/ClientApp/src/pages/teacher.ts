import { api } from "../api";
import { countdown, timeSpanSeconds } from "../components/countdown";
import { classDebrief } from "../components/debrief/classDebrief";
import { marketTuning } from "../components/marketTuning";
import { commandButton } from "../components/commandButton";
import { errorBox } from "../components/errors";
import { standingsTable } from "../components/standings";
import { h, mount } from "../dom";
import { watchGame } from "../live";
import { endSession, type Session } from "../session";
import { issuedSecrets, rememberJoinCode } from "../components/console/issuedCodes";
import { teamDrillDown } from "../components/console/teamDrillDown";
import { gameAdministration } from "../components/console/gameAdministration";
import type { GameSummary, TeamCode, TokenGranted } from "../types";

const statusTitles: Record<GameSummary["status"], (summary: GameSummary) => string> = {
  None: () => "Partie introuvable",
  Lobby: () => "En attente : les équipes rejoignent la partie",
  TurnOpen: (s) => `Trimestre ${s.currentTurn} sur ${s.turnCount} — ouvert`,
  Paused: (s) => `Trimestre ${s.currentTurn} sur ${s.turnCount} — en pause`,
  Finished: () => "Partie terminée",
};

/** The teacher's console: codes to hand out, who has submitted, turn controls, live standings. */
export function showTeacher(session: Session): () => void {
  const secrets = issuedSecrets(session.gameId);
  const game = `/api/games/${session.gameId}`;
  const status = h("span", { class: "live-state", "data-testid": "live-state" }, "Connexion…");
  const timer = countdown();
  const board = h("section", { class: "card", "aria-labelledby": "board-title" });
  const standings = h("section", { class: "card" });
  const errors = errorBox();

  const minutes = h("input", { id: "countdown-minutes", type: "number", min: 1, max: 480, step: 1, inputmode: "numeric", placeholder: "sans limite", "data-field": "minutes" });
  const minutesField = h("div", { class: "inline-field" },
    h("label", { for: minutes.id }, "Durée de chaque trimestre (minutes, vide = clôture manuelle)"), minutes);
  const readMinutes = () => (minutes.value.trim() === "" ? null : Number(minutes.value));

  function command(label: string, path: string, body?: () => unknown, confirmText?: string, secondary = false): HTMLButtonElement {
    return commandButton<GameSummary>(label, () => `${game}/${path}`, errors, render, { body, confirmText, secondary, attributes: { "data-command": path } });
  }

  const start = command("Démarrer la partie (ouvrir le trimestre 1)", "start", () => ({ minutes: readMinutes() }));
  // The quarter shown: a click sent again after a lost answer never resolves the next quarter too.
  const resolve = commandButton<GameSummary>("Clôturer et résoudre", () => `${game}/turns/current/resolve?turn=${shownTurn}`, errors, render,
    { attributes: { "data-testid": "resolve" } });
  const setCountdown = h("button", { type: "button", class: "secondary" }, "Appliquer la durée");
  setCountdown.addEventListener("click", async () => {
    errors.clear();
    try {
      render(await api.put<GameSummary>(`${game}/countdown`, { minutes: readMinutes() }));
    } catch (error) {
      errors.show(error);
    }
  });
  const extend = command("+5 minutes", "countdown/extend", () => ({ minutes: 5 }), undefined, true);
  const pause = command("Mettre en pause", "pause", undefined, undefined, true);
  const resume = command("Reprendre", "resume");
  const rollback = command("Annuler le dernier trimestre résolu", "turns/last/rollback", undefined,
    "Annuler le dernier trimestre résolu ? Les équipes retrouvent leurs décisions et le trimestre est rouvert ; le rejouer sans changement donne les mêmes résultats.", true);

  const detail = teamDrillDown(game);
  const issuedCodes = new Map<string, string>((secrets?.teams ?? []).map((team) => [team.firmId, team.joinCode]));

  async function reissue(firmId: string, name: string): Promise<void> {
    if (!window.confirm(`Créer un nouveau code pour ${name} ? L'ancien code ne permettra plus de rejoindre l'équipe.`)) return;
    errors.clear();
    try {
      const code = await api.post<TeamCode>(`${game}/firms/${firmId}/join-code`);
      issuedCodes.set(firmId, code.joinCode);
      rememberJoinCode(session.gameId, code);
      sheetLink.hidden = false;
      render(await api.get<GameSummary>(game));
    } catch (error) {
      errors.show(error);
    }
  }

  function teamLine(summary: GameSummary, team: GameSummary["teams"][number]): HTMLElement {
    const state = summary.status === "Finished" ? "partie terminée"
      : team.hasSubmitted ? "décisions envoyées"
      : team.draftEditedBy ? `brouillon en cours (dernière modification : ${team.draftEditedBy})`
      : summary.status === "Lobby" ? "en attente du démarrage"
      : "rien envoyé (les décisions précédentes seront reconduites)";
    const online = team.online ?? [];
    const members = team.members.length ? `${team.members.length} inscrit·e(s) : ${team.members.join(", ")}` : "personne n'a encore rejoint";
    const newCode = h("button", { type: "button", class: "link", "data-reissue": team.firmId }, "nouveau code");
    newCode.addEventListener("click", () => void reissue(team.firmId, team.name));
    const details = h("button", { type: "button", class: "link", "data-detail": team.firmId }, "détails");
    details.addEventListener("click", () => void detail.show(team.firmId, team.name));
    const code = issuedCodes.get(team.firmId);
    return h("li", { class: team.hasSubmitted ? "submitted" : "pending", "data-firm": team.firmId },
      h("strong", {}, team.name), " : ", h("span", { "data-testid": `state-${team.firmId}` }, state),
      h("br", {}), h("span", { class: online.length ? "online" : "offline", "data-testid": `online-${team.firmId}` },
        online.length ? `${online.length} en ligne : ${online.join(", ")}` : "hors ligne"),
      " — ", h("span", { class: "muted", "data-testid": `members-${team.firmId}` }, members),
      h("br", {}), "code : ", code ? h("code", { class: "join-code" }, code) : h("span", { class: "muted" }, "masqué"), " ", newCode, " · ", details);
  }

  // The response-curve preview holds the other teams at their current decisions: it follows resolutions and submissions.
  let resolvedTurns: number | undefined;
  let submitted: string | undefined;
  let shownTurn = 0;
  function render(summary: GameSummary): void {
    const { status: state } = summary;
    const nowSubmitted = summary.teams.filter((team) => team.hasSubmitted).map((team) => team.firmId).join(",");
    if (resolvedTurns !== undefined && resolvedTurns !== summary.lastResolvedTurn) void tuning.refresh();
    else if (submitted !== undefined && submitted !== nowSubmitted) tuning.refreshPreview();
    resolvedTurns = summary.lastResolvedTurn;
    submitted = nowSubmitted;
    if (summary.turnDuration && document.activeElement !== minutes) minutes.value = String(Math.round(timeSpanSeconds(summary.turnDuration) / 60));
    timer.update(summary);
    start.hidden = state !== "Lobby";
    // A resolution announced but not stored everywhere is finished by resolving that same quarter again.
    const unfinished = summary.unfinishedResolution ?? null;
    resolve.hidden = !(unfinished !== null || state === "TurnOpen" || state === "Paused");
    resolve.textContent = unfinished !== null ? `Terminer l'enregistrement du trimestre ${unfinished}` : `Clôturer et résoudre le trimestre ${summary.currentTurn}`;
    shownTurn = unfinished ?? summary.currentTurn;
    minutesField.hidden = !(state === "Lobby" || state === "TurnOpen");
    setCountdown.hidden = state !== "TurnOpen";
    extend.hidden = !(summary.deadline || summary.remainingWhenPaused);
    pause.hidden = state !== "TurnOpen";
    resume.hidden = state !== "Paused";
    rollback.hidden = summary.lastResolvedTurn === 0;
    board.replaceChildren(
      h("h2", { id: "board-title", "data-testid": "game-status" }, statusTitles[state](summary)),
      timer.element,
      ...(unfinished === null ? [] : [h("p", { class: "warning", "data-testid": "unfinished-resolution" },
        `Le trimestre ${unfinished} est annoncé mais un serveur n'a pas encore enregistré toute sa part : cliquez sur « Terminer l'enregistrement du trimestre ${unfinished} » (rien ne sera compté deux fois). En attendant, les équipes ne peuvent pas envoyer de décisions.`)]),
      h("ul", { class: "teams", "data-testid": "team-status" }, ...summary.teams.map((team) => teamLine(summary, team))),
      errors.element,
      minutesField,
      h("div", { class: "actions" }, start, resolve, setCountdown, extend, pause, resume, rollback));
    standings.replaceChildren(standingsTable(summary));
    void detail.refresh();
  }

  const codes = secrets
    ? h("section", { class: "card secrets", "aria-labelledby": "codes-title" },
        h("h2", { id: "codes-title" }, "À distribuer"),
        secrets.teacherKey ? h("p", { class: "warning" }, "Notez la clé enseignant maintenant : elle n'est affichée qu'une fois et permet de reprendre la partie.") : null,
        h("p", {}, "Identifiant de la partie : ", h("code", { "data-testid": "game-id" }, secrets.gameId)),
        secrets.teacherKey ? h("p", {}, "Clé enseignant : ", h("code", { "data-testid": "teacher-key" }, secrets.teacherKey)) : null,
        h("table", { "data-testid": "join-codes" }, h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Équipe"), h("th", { scope: "col" }, "Code d'équipe"))),
          h("tbody", {}, ...secrets.teams.map((team) => h("tr", { "data-firm": team.firmId }, h("th", { scope: "row" }, team.name), h("td", {}, h("code", { class: "join-code" }, team.joinCode)))))))
    : null;

  const sheetLink = h("a", { class: "button-link", href: "#/codes", "data-testid": "open-code-sheet", hidden: !secrets?.teams.length }, "Fiche des codes à imprimer (QR)");
  const projector = h("button", { type: "button", class: "secondary", "data-testid": "open-projector" }, "Vue projecteur");
  projector.addEventListener("click", async () => {
    errors.clear();
    try {
      const granted = await api.post<TokenGranted>(`${game}/projector-token`);
      window.open(`#/projecteur/${session.gameId}/${encodeURIComponent(granted.token)}`, "_blank", "noopener");
    } catch (error) {
      errors.show(error);
    }
  });
  const exportXlsx = h("button", { type: "button", class: "secondary", "data-testid": "export-xlsx" }, "Exporter (Excel)");
  exportXlsx.addEventListener("click", async () => {
    errors.clear();
    try {
      const response = await fetch(`${game}/export.xlsx`, { headers: { Authorization: `Bearer ${session.token}` } });
      if (!response.ok) throw new Error(`Export impossible (${response.status}).`);
      const link = h("a", { href: URL.createObjectURL(await response.blob()), download: `nrcgame-${session.gameId}.xlsx` });
      link.click();
      URL.revokeObjectURL(link.href);
    } catch (error) {
      errors.show(error);
    }
  });
  const leave = h("button", { type: "button", class: "secondary" }, "Quitter");
  leave.addEventListener("click", () => { endSession(); location.hash = "#/"; });
  const tuning = marketTuning(game, render);
  const heading = h("h1", {}, "Console enseignant");
  mount(h("div", { class: "page-head" }, heading, status, sheetLink, projector, exportXlsx, leave), h("div", { class: "columns" }, h("div", { class: "stack" }, board, detail.element, codes), h("div", { class: "stack" }, standings, tuning.element, gameAdministration(session))), classDebrief(game));

  api.get<GameSummary>(game).then((summary) => {
    heading.textContent = `Console enseignant — ${summary.title}`;
    render(summary);
    return tuning.refresh();
  }).catch((error) => errors.show(error));
  const unwatch = watchGame(render, (state) => (status.textContent = state));
  return () => {
    timer.stop();
    unwatch();
  };
}
