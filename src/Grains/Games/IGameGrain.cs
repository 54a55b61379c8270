using NrcGame.Grains.Live;
using NrcGame.Market;

namespace NrcGame.Grains.Games;

/// <summary>
/// One game (one market, one class): its scenario, its firms, the turn clock, and the
/// orchestration of each turn's resolution. Keyed by the game id, which is public (it appears in
/// links); the teacher key is the secret.
/// </summary>
public interface IGameGrain : IGrainWithStringKey
{
    /// <summary>
    /// Creates the game from a scenario: one firm per team name, a teacher key and one join code
    /// per team, returned in clear only here. Rejected (with French messages) if the game already
    /// exists or the setup is invalid.
    /// </summary>
    Task<GameCreation> Create(GameSetup setup);

    /// <summary>True when <paramref name="teacherKey"/> is this game's teacher key.</summary>
    Task<bool> IsTeacherKey(string teacherKey);

    /// <summary>The market the game is played on (public to every member: the rules are transparent).</summary>
    Task<MarketScenario?> GetScenario();

    /// <summary>The public view: status, turn, who has submitted, standings.</summary>
    Task<GameSummary> GetSummary();

    /// <summary>
    /// Records a team's submitted decisions for the open turn, after validation against the
    /// scenario's ranges. Resubmitting before the turn closes replaces the previous submission.
    /// </summary>
    /// <param name="firmId">The submitting firm.</param>
    /// <param name="turn">The turn the team believes is open; a stale turn is rejected.</param>
    /// <param name="decisions">The decisions.</param>
    /// <param name="author">Display name of the student who submitted.</param>
    Task<CommandResult> SubmitDecisions(string firmId, int turn, FirmDecisions decisions, string author);

    /// <summary>
    /// Closes the open turn and resolves it: every firm's decisions (a firm that submitted nothing
    /// keeps its previous ones) go through the market engine at once; results reach the firms and
    /// the standings reach every observer. Idempotent and resumable after a crash.
    /// </summary>
    Task<CommandResult> CloseAndResolveTurn();

    /// <summary>Subscribes a front-end's observer to this game's updates; renew before it expires.</summary>
    Task Subscribe(IGameObserver observer);

    /// <summary>Stops sending updates to <paramref name="observer"/>.</summary>
    Task Unsubscribe(IGameObserver observer);
}
