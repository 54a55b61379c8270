using System.Text.Json.Serialization;

namespace NrcGame.Grains.Games;

/// <summary>
/// The persisted index of a <see cref="TurnHistoryGrain{TTurn}"/>: which turns are stored, each in a row of its own
/// (<see cref="TurnRowState{TTurn}"/>). It stays a few bytes whatever the number of turns.
/// </summary>
[GenerateSerializer]
public sealed class TurnHistoryIndex<TTurn> where TTurn : class, ITurnKeyed
{
    /// <summary>The stored turns, in order.</summary>
    [Id(0)] public SortedSet<int> StoredTurns { get; set; } = [];

    /// <summary>
    /// The former shape: every turn inside this one state, under <c>turns</c>. Read only to move those turns to rows of
    /// their own when the grain activates; null (and not written) afterwards.
    /// </summary>
    [Id(1), JsonPropertyName("turns"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<TTurn>? FormerTurns { get; set; }
}
