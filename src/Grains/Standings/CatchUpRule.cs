namespace NrcGame.Grains.Standings;

/// <summary>
/// The optional catch-up rule (« bonus de progression »), declared when the game is created and shown
/// to students with the score formula; off by default. A team ranked in the lower half after turn
/// t − 1 earns <see cref="Rate"/> × the points its base score gained in turn t (never a penalty); bonuses
/// add up over the game, capped at <see cref="MaxBonus"/> points. The base score itself is never changed:
/// the table shows base, bonus and total separately.
/// </summary>
/// <param name="Enabled">Whether the rule applies in this game.</param>
/// <param name="Rate">Share of the progress credited as a bonus (0–1).</param>
[GenerateSerializer, Immutable]
public sealed record CatchUpRule(
    [property: Id(0)] bool Enabled = false,
    [property: Id(1)] decimal Rate = CatchUpRule.DefaultRate)
{
    /// <summary>Rate proposed to the teacher: half of the progress.</summary>
    public const decimal DefaultRate = 0.5m;

    /// <summary>Most bonus points a team can accumulate over a game.</summary>
    public const decimal MaxBonus = 15m;

    /// <summary>The rule switched off (the default).</summary>
    public static CatchUpRule Off { get; } = new();

    /// <summary>The French sentence shown under the formula.</summary>
    public string Describe() => Enabled
        ? $"Bonus de progression : une équipe classée dans la moitié basse au trimestre précédent reçoit {Rate * 100:0.#} % des points de score "
          + $"qu'elle a gagnés ce trimestre (jamais de malus) ; les bonus s'additionnent, {MaxBonus:0} points au plus sur la partie."
        : "Pas de bonus de rattrapage dans cette partie : le score est la somme pondérée des critères.";
}
