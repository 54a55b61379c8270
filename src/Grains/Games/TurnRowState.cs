namespace NrcGame.Grains.Games;

/// <summary>The stored row of one turn of a <see cref="TurnHistoryGrain{TTurn}"/> (state name <c>turn-{n}</c>).</summary>
[GenerateSerializer]
public sealed class TurnRowState<TTurn> where TTurn : class, ITurnKeyed
{
    /// <summary>The turn's entry; null when the row is not stored.</summary>
    [Id(0)] public TTurn? Entry { get; set; }
}
