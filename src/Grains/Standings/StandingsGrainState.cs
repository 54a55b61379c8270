using NrcGame.Grains.Games;

namespace NrcGame.Grains.Standings;

/// <summary>Persisted state of <see cref="StandingsGrain"/>.</summary>
[GenerateSerializer]
public sealed class StandingsGrainState
{
    /// <summary>The ranking after each resolved turn, oldest first.</summary>
    [Id(0)] public List<List<StandingRow>> Turns { get; set; } = [];
}
