using NrcGame.Market;

namespace NrcGame.Grains.Games;

/// <summary>
/// The answer to <see cref="IGameGrain.GetPreviewBasis"/>: the engine's input for the next turn to be resolved and the
/// market a proposed change would give for that turn, or why the change is refused (<see cref="Result"/>).
/// </summary>
/// <param name="Result">Accepted, or the French message per refused field.</param>
/// <param name="Current">The market in force, every firm's state and current decisions, the turn and the seed; null when refused.</param>
/// <param name="Proposed">The market with the proposed changes; null when refused or when nothing is proposed.</param>
[GenerateSerializer, Immutable]
public sealed record PreviewBasis(
    [property: Id(0)] CommandResult Result,
    [property: Id(1)] TurnInput? Current,
    [property: Id(2)] MarketScenario? Proposed)
{
    /// <summary>A refusal.</summary>
    public static PreviewBasis Refused(CommandResult result) => new(result, null, null);
}
