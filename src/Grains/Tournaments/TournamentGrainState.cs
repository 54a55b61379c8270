namespace NrcGame.Grains.Tournaments;

/// <summary>Persisted state of <see cref="TournamentGrain"/>. The leaderboard is not stored: it is computed from the markets' standings.</summary>
[GenerateSerializer]
public sealed class TournamentGrainState
{
    /// <summary>Name of the tournament.</summary>
    [Id(0)] public string Title { get; set; } = "";

    /// <summary>The scenario every market plays.</summary>
    [Id(1)] public string ScenarioId { get; set; } = "";

    /// <summary>The scenario's title.</summary>
    [Id(2)] public string ScenarioTitle { get; set; } = "";

    /// <summary>SHA-256 of the tournament's teacher key (the key itself is never stored).</summary>
    [Id(3)] public string TeacherKeyHash { get; set; } = "";

    /// <summary>Number of markets (their game ids follow from the tournament id, <see cref="TournamentMarkets"/>); 0 until created.</summary>
    [Id(4)] public int MarketCount { get; set; }

    /// <summary>The seed every market plays with.</summary>
    [Id(5)] public ulong Seed { get; set; }

    /// <summary>When the tournament was created.</summary>
    [Id(6)] public DateTimeOffset CreatedAt { get; set; }
}
