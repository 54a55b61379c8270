import { h } from "../dom";
import type { GameSummary } from "../types";

/** A .NET TimeSpan as JSON ("[d.]hh:mm:ss[.fffffff]") → seconds. */
export function timeSpanSeconds(value: string): number {
  const match = /^(?:(\d+)\.)?(\d+):(\d+):(\d+)/.exec(value);
  if (!match) return 0;
  const [, days, hours, minutes, seconds] = match;
  return Number(days ?? 0) * 86400 + Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds);
}

function clock(totalSeconds: number): string {
  const s = Math.max(0, Math.round(totalSeconds));
  const minutes = Math.floor(s / 60);
  return `${minutes} min ${String(s % 60).padStart(2, "0")} s`;
}

/** A live countdown of the open turn; says "manuel" when the teacher closes the turn by hand. */
export function countdown(): { element: HTMLElement; update: (summary: GameSummary) => void; stop: () => void } {
  const element = h("p", { class: "countdown", "data-testid": "countdown", role: "timer", "aria-live": "off" });
  let timer: number | undefined;
  const stop = () => window.clearInterval(timer);
  return {
    element,
    stop,
    update(summary) {
      stop();
      if (summary.status === "Paused") {
        element.textContent = summary.remainingWhenPaused
          ? `Partie en pause — temps restant : ${clock(timeSpanSeconds(summary.remainingWhenPaused))}`
          : "Partie en pause";
        return;
      }
      if (summary.status !== "TurnOpen") {
        element.textContent = "";
        return;
      }
      if (!summary.deadline) {
        element.textContent = "Clôture par l'enseignant (pas de compte à rebours)";
        return;
      }
      const deadline = new Date(summary.deadline).getTime();
      const tick = () => {
        const left = (deadline - Date.now()) / 1000;
        element.textContent = left > 0 ? `Temps restant : ${clock(left)}` : "Temps écoulé — résolution en cours…";
      };
      tick();
      timer = window.setInterval(tick, 1000);
    },
  };
}
