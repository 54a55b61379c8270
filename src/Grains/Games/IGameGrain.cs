using NrcGame.Grains.Live;
using NrcGame.Market;
using NrcGame.Scenarios;

namespace NrcGame.Grains.Games;

/// <summary>
/// One game (one market, one class): its scenario, its firms, the turn clock, and the
/// orchestration of each turn's resolution. Keyed by the game id, which is public (it appears in
/// links); the teacher key is the secret. Commands that people can get wrong answer with a
/// <see cref="CommandResult"/> whose French messages say why; a rejected command changes nothing.
/// </summary>
public interface IGameGrain : IGrainWithStringKey
{
    /// <summary>
    /// Creates the game from a scenario, in the lobby: one firm per team name, a teacher key and one
    /// join code per team, returned in clear only here.
    /// </summary>
    Task<GameCreation> Create(GameSetup setup);

    /// <summary>True when <paramref name="teacherKey"/> is this game's teacher key.</summary>
    Task<bool> IsTeacherKey(string teacherKey);

    /// <summary>The market in force for the open turn (public to every member: the rules are transparent).</summary>
    Task<MarketScenario?> GetScenario();

    /// <summary>The scenario's event cards the teacher may play.</summary>
    Task<IReadOnlyList<EventCard>> GetEventCards();

    /// <summary>
    /// Changes market parameters from the next turn to be resolved on; validated against the
    /// scenario rules (French message per refused change), recorded in the audit log.
    /// </summary>
    Task<CommandResult> ChangeParameters(IReadOnlyList<ParameterChange> changes, string reason);

    /// <summary>
    /// What the teacher's response-curve preview needs, without changing anything: the engine's input for the next
    /// turn to be resolved (market in force, every firm's state and current decisions) and the market that
    /// <paramref name="changes"/> would give from that turn, checked like <see cref="ChangeParameters"/> (French
    /// message per refused change). With no change, <see cref="PreviewBasis.Proposed"/> is null.
    /// </summary>
    Task<PreviewBasis> GetPreviewBasis(IReadOnlyList<ParameterChange> changes);

    /// <summary>Plays an event card: its effects apply from the next turn to be resolved, its headline joins the news.</summary>
    Task<CommandResult> PlayEventCard(string cardId);

    /// <summary>
    /// Plays an event card the teacher wrote (headline, story, concepts, parameter effects), checked
    /// like a library card (French message per field); recorded in the audit log and the news.
    /// </summary>
    Task<CommandResult> PlayCustomEventCard(EventCard card);

    /// <summary>
    /// Every resolved turn exactly as the engine saw and resolved it (the market then in force, the
    /// seed, every firm's entry state and decisions, every result), for the debrief's re-runs.
    /// Private to the teacher: the web layer only hands a team its own part.
    /// </summary>
    Task<IReadOnlyList<PlayedTurn>> GetPlayedTurns();

    /// <summary>Every teacher change to the market, oldest first.</summary>
    Task<IReadOnlyList<AuditEntry>> GetAudit();

    /// <summary>The public view: status, turn, countdown, who has submitted, standings.</summary>
    Task<GameSummary> GetSummary();

    /// <summary>Leaves the lobby and opens the first turn, with a countdown when <paramref name="duration"/> is given.</summary>
    Task<CommandResult> Start(TimeSpan? duration);

    /// <summary>
    /// Issues a new join code for <paramref name="firmId"/> (shown once) and revokes the old one:
    /// for a code lost or shared outside the team.
    /// </summary>
    Task<TeamCode?> ReissueJoinCode(string firmId);

    /// <summary>
    /// Issues a new teacher key (returned in clear only here) and revokes the old one: for a key lost or
    /// seen by someone else. Tokens already issued stay valid until they expire. Null when the game does not exist.
    /// </summary>
    Task<string?> ReissueTeacherKey();

    /// <summary>
    /// Deletes the game entirely: the stored state of the game and of every grain holding part of it
    /// (firms, sales teams, distributors, market segments, standings, join codes, its countdown entry)
    /// is removed. False when there is no such game. The teacher exports the game first if it is to be kept.
    /// </summary>
    Task<bool> Delete();

    /// <summary>Records that a student joined <paramref name="firmId"/> under <paramref name="displayName"/> (for the teacher's board).</summary>
    Task RecordJoin(string firmId, string displayName);

    /// <summary>
    /// Starts, restarts or (with null) stops the countdown of the open turn; the duration also
    /// applies to every following turn until changed.
    /// </summary>
    Task<CommandResult> SetCountdown(TimeSpan? duration);

    /// <summary>Adds time to the running or paused countdown.</summary>
    Task<CommandResult> ExtendCountdown(TimeSpan extra);

    /// <summary>Puts the open turn on hold: submissions are refused and the countdown is frozen.</summary>
    Task<CommandResult> Pause();

    /// <summary>Reopens a paused turn; a frozen countdown restarts where it stopped.</summary>
    Task<CommandResult> Resume();

    /// <summary>
    /// Records a team's submitted decisions for the open turn, after validation against the
    /// scenario's ranges. Resubmitting before the turn closes replaces the previous submission.
    /// </summary>
    /// <param name="firmId">The submitting firm.</param>
    /// <param name="turn">The turn the team believes is open; another turn is rejected.</param>
    /// <param name="decisions">The decisions.</param>
    /// <param name="author">Display name of the student who submitted.</param>
    Task<CommandResult> SubmitDecisions(string firmId, int turn, FirmDecisions decisions, string author);

    /// <summary>Withdraws a team's submission of the open turn; unless it submits again, its previous decisions are carried over.</summary>
    Task<CommandResult> WithdrawDecisions(string firmId, int turn, string author);

    /// <summary>
    /// Closes the open (or paused) turn and resolves it: every firm's decisions (a firm that
    /// submitted nothing keeps its previous ones) go through the market engine at once; results
    /// reach the firms and the standings reach every observer. Resumable after a crash.
    /// </summary>
    Task<CommandResult> CloseAndResolveTurn();

    /// <summary>
    /// <see cref="CloseAndResolveTurn"/> for quarter <paramref name="turn"/> only: what the console sends, so that a
    /// click sent again (after a lost answer, a 503 during a database outage) never resolves the next quarter too.
    /// Refused in French when <paramref name="turn"/> is already resolved or not yet open; an interrupted resolution
    /// of that quarter is finished.
    /// </summary>
    Task<CommandResult> ResolveTurn(int turn);

    /// <summary>
    /// Undoes the last resolved turn: firms return to the state and decisions they entered it with
    /// and the turn is open again. Resolving it unchanged gives the same results (same seed).
    /// </summary>
    Task<CommandResult> RollBackLastTurn();

    /// <summary>
    /// Pushes a change of <paramref name="firmId"/>'s draft to the observers (then to that firm's
    /// browsers only). Called by the firm; one-way.
    /// </summary>
    [OneWay]
    Task RelayDraftChange(string firmId, Firms.DraftChange change);

    /// <summary>
    /// Activates the game if it is not in memory: activation re-arms a running countdown, or closes
    /// the turn at once if its deadline passed meanwhile. One-way, so that a waker never waits.
    /// </summary>
    [OneWay]
    Task Wake();

    /// <summary>
    /// Records that a student of <paramref name="firmId"/> has the game open on hub connection
    /// <paramref name="connectionId"/> (for the teacher's live board). Presence is kept in memory only:
    /// browsers register again when they reconnect.
    /// </summary>
    Task Connect(string connectionId, string firmId, string displayName);

    /// <summary>Forgets hub connection <paramref name="connectionId"/> (the browser closed or lost the connection).</summary>
    Task Disconnect(string connectionId);

    /// <summary>Subscribes a front-end's observer to this game's updates; renew before it expires.</summary>
    Task Subscribe(IGameObserver observer);

    /// <summary>Stops sending updates to <paramref name="observer"/>.</summary>
    Task Unsubscribe(IGameObserver observer);
}
