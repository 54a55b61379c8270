import * as signalR from "@microsoft/signalr";
import { currentSession } from "./session";
import type { DraftChange, DraftEditResult, GameSummary, TeamsChange } from "./types";

export interface GameConnection {
  /** Sends one field of the team's draft; resolves with the server's verdict. */
  editDraft(turn: number, path: string, value: unknown): Promise<DraftEditResult>;
  stop(): void;
}

export interface GameHandlers {
  onGame(summary: GameSummary): void;
  onState(state: string): void;
  onDraft?(change: DraftChange): void;
  /** Connected again after a drop or a server restart: what changed meanwhile was not pushed. */
  onReconnected?(): void;
}

/**
 * Connects to the game's hub: every new public view of the game, and for students every change of
 * the team's draft made by a teammate. Reconnects by itself after a network drop or a server restart.
 */
export function connectGame(handlers: GameHandlers): GameConnection {
  const connection = new signalR.HubConnectionBuilder()
    .withUrl("/hubs/game", { accessTokenFactory: () => currentSession()?.token ?? "" })
    .withAutomaticReconnect({ nextRetryDelayInMilliseconds: (retry) => Math.min(1000 * 2 ** retry.previousRetryCount, 10000) })
    .configureLogging(signalR.LogLevel.Warning)
    .build();
  // The hub sends the whole view on connection and after every change of the game; when only the teams' line changed
  // it sends that line, applied here to the last whole view of the same turn.
  let latest: GameSummary | null = null;
  connection.on("gameChanged", (summary: GameSummary) => {
    latest = summary;
    handlers.onGame(summary);
  });
  connection.on("teamsChanged", (change: TeamsChange) => {
    if (latest === null || latest.gameId !== change.gameId || latest.currentTurn !== change.currentTurn) return;
    latest = { ...latest, teams: change.teams };
    handlers.onGame(latest);
  });
  connection.on("draftChanged", (change: DraftChange) => handlers.onDraft?.(change));
  connection.onreconnecting(() => handlers.onState("Reconnexion…"));
  connection.onreconnected(() => {
    handlers.onState("En direct");
    handlers.onReconnected?.();
  });
  let stopped = false;
  let connectedOnce = false;
  const start = async (): Promise<void> => {
    try {
      await connection.start();
      handlers.onState("En direct");
      if (connectedOnce) handlers.onReconnected?.();
      connectedOnce = true;
    } catch {
      handlers.onState("Hors ligne — nouvelle tentative…");
      if (!stopped) setTimeout(start, 3000);
    }
  };
  connection.onclose(() => {
    if (!stopped) {
      handlers.onState("Hors ligne — nouvelle tentative…");
      setTimeout(start, 3000);
    }
  });
  void start();
  return {
    async editDraft(turn, path, value) {
      if (connection.state !== signalR.HubConnectionState.Connected) {
        return { change: null, error: "Connexion perdue : la modification n'a pas été partagée. Réessayez dans un instant." };
      }
      return connection.invoke<DraftEditResult>("EditDraft", turn, path, JSON.stringify(value));
    },
    stop() {
      stopped = true;
      void connection.stop();
    },
  };
}

/** Public view only (teacher console, projector). */
export function watchGame(onGame: (summary: GameSummary) => void, onState: (state: string) => void): () => void {
  const connection = connectGame({ onGame, onState });
  return () => connection.stop();
}
