// Shapes of the JSON the server sends (camelCase of the C# records).
export type GameStatus = "None" | "Lobby" | "TurnOpen" | "Paused" | "Finished";

export interface TeamStatus {
  firmId: string;
  name: string;
  hasSubmitted: boolean;
  members: string[];
  /** Students with the game open right now. */
  online?: string[] | null;
  /** Who last edited the team's draft of the open turn. */
  draftEditedBy?: string | null;
}

export interface StandingRow {
  rank: number;
  firmId: string;
  name: string;
  score: number;
  revenue: number;
  netProfit: number;
  valueShare: number;
  breakdown?: CriterionScore[] | null;
  catchUpBonus?: number;
  baseScore?: number;
  isBot?: boolean;
}

export interface CriterionScore {
  id: string;
  value: number;
  points: number;
}

export interface ScoreCriterion {
  id: string;
  label: string;
  weight: number;
  howMeasured: string;
}

export interface ScoreFormula {
  criteria: ScoreCriterion[];
  catchUp: { enabled: boolean; rate: number };
  text: string;
  catchUpText: string;
}

export interface GameSummary {
  gameId: string;
  title: string;
  scenarioTitle: string;
  status: GameStatus;
  currentTurn: number;
  turnCount: number;
  teams: TeamStatus[];
  standings: StandingRow[];
  lastResolvedTurn: number;
  deadline?: string | null;
  remainingWhenPaused?: string | null;
  turnDuration?: string | null;
  scoreFormula?: ScoreFormula | null;
  /** Event cards played, latest first. */
  news?: Announcement[] | null;
  /** The turn announced but not yet stored everywhere (a server did not answer): resolving again finishes it. */
  unfinishedResolution?: number | null;
}

/** Only the teams' line of the game's view changed (a submission, a member, who is online or editing). */
export interface TeamsChange {
  gameId: string;
  currentTurn: number;
  teams: TeamStatus[];
}

export interface Announcement {
  fromTurn: number;
  headline: string;
  description: string;
  concepts: string[];
  writtenByTeacher: boolean;
}

export interface ScenarioInfo {
  id: string;
  title: string;
  summary: string;
  goal: string;
  teacherCopy: boolean;
  turnCount: number;
  sections: string[];
}

export interface TeamCode {
  firmId: string;
  name: string;
  joinCode: string;
}

export interface GameCreated {
  gameId: string;
  teacherKey: string;
  teacherToken: string;
  teams: TeamCode[];
}

export interface TokenGranted {
  token: string;
  gameId: string;
  firmId?: string;
  firmName?: string;
}

export interface SegmentBrief {
  id: string;
  name: string;
  referencePrice: number;
  minimumPrice: number;
  maximumPrice: number;
  unitPurchaseCost: number;
  referenceMediaSpend: number;
  kind: "B2C" | "B2B";
}

export interface MarketBrief {
  segments: SegmentBrief[];
  channels: { id: string; name: string }[];
  paymentTermsCap: number;
  territories: { id: string; name: string; visitedChannels: string[] }[];
  marketStudyCost: number;
  /** Client credit classes (A–D): days paid late beyond the term, defaults per quarter at terms ≤ 30 days. */
  creditClasses: { id: string; paymentDelayDays: number; defaultProbability: number }[];
}

/** The firm's decisions (the engine's FirmDecisions); the UI edits a few fields and sends back the whole. */
export interface FirmDecisions {
  pricing: { listPrice: Record<string, number>; paymentTermsDays: number; [key: string]: unknown };
  promotion: { media: Record<string, number>; [key: string]: unknown };
  [key: string]: unknown;
}

export interface DecisionsView {
  turn: number;
  decisions: FirmDecisions;
  submitted: boolean;
  submittedBy?: string;
  submittedAt?: string;
}

export interface FirmTurnResult {
  turn: number;
  sales: { revenueHt: number; unitsSold: number; valueShare: number; volumeShare: number; serviceLevel: number };
  nextState: { inventory: Record<string, { units: number; unitCost: number }> };
  statements: {
    income: { salesOfGoods: number; commercialMargin: number; grossOperatingProfit: number; netResult: number };
    balance: { cash: number; bankOverdraft: number };
    workingCapital: { need: number };
  };
  /** markupRate = taux de marge (on cost), marginRate = taux de marque (on price). */
  dashboard: { marginRate: number; markupRate: number; breakEvenRevenue: number; coverage: number };
  score: { score: number };
}

export interface FieldStamp {
  version: number;
  author: string;
  at: string;
}

export interface DraftView {
  turn: number;
  decisions: FirmDecisions;
  version: number;
  fields: Record<string, FieldStamp>;
}

export interface DraftChange {
  turn: number;
  path: string;
  valueJson: string;
  version: number;
  author: string;
  at: string;
}

export interface DraftEditResult {
  change: DraftChange | null;
  error: string | null;
}

/** One team of a tournament in the global ranking: its rank in its market and its score normalized within it (T-score). */
export interface GlobalStanding {
  rank: number;
  marketId: string;
  firmId: string;
  name: string;
  score: number;
  normalizedScore: number;
  isBot: boolean;
  marketRank: number;
}

/** Where one market of a tournament stands. */
export interface MarketProgress {
  gameId: string;
  number: number;
  title: string;
  status: GameStatus;
  currentTurn: number;
  turnCount: number;
  lastResolvedTurn: number;
}

/** The public leaderboard of a tournament. */
export interface TournamentLeaderboard {
  tournamentId: string;
  title: string;
  scenarioTitle: string;
  markets: MarketProgress[];
  ranking: GlobalStanding[];
}
