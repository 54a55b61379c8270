using NrcGame.Market;

namespace NrcGame.Grains.Standings;

/// <summary>One criterion of the composite score as published to students: its weight and how it is measured.</summary>
/// <param name="Id">Stable id (<c>profit</c>, <c>valueShare</c>, <c>financialHealth</c>, <c>customerQuality</c>, <c>socialClimate</c>).</param>
/// <param name="Label">French name.</param>
/// <param name="Weight">Weight in the score (0–1; the weights sum to 1).</param>
/// <param name="HowMeasured">French explanation of the 0–1 measure (market-model.md §8.2 step 17).</param>
[GenerateSerializer, Immutable]
public sealed record ScoreCriterion(
    [property: Id(0)] string Id,
    [property: Id(1)] string Label,
    [property: Id(2)] decimal Weight,
    [property: Id(3)] string HowMeasured);

/// <summary>A team's value on one criterion and the points it brings: points = 100 × weight × value.</summary>
/// <param name="Id">The criterion's id.</param>
/// <param name="Value">The measure, 0–1.</param>
/// <param name="Points">Its contribution to the score (0–100 scale).</param>
[GenerateSerializer, Immutable]
public sealed record CriterionScore(
    [property: Id(0)] string Id,
    [property: Id(1)] decimal Value,
    [property: Id(2)] decimal Points);

/// <summary>The five criteria of the engine's score (<see cref="Scoring"/>), in the order they are published.</summary>
public static class ScoreCriteria
{
    /// <summary>Each criterion: id, French label, explanation, its weight and its component.</summary>
    public static readonly IReadOnlyList<(string Id, string Label, string HowMeasured, Func<ScoringWeights, double> Weight, Func<ScoreComponents, double> Value)> All =
    [
        ("profit", "Résultat net cumulé",
            "Rang du résultat net cumulé depuis le début : 1 pour la meilleure équipe, 0 pour la dernière (ex æquo : moyenne).",
            weights => weights.Profit, components => components.Profit),
        ("valueShare", "Part de marché en valeur",
            "Part de marché en valeur × nombre d'équipes ÷ 2, plafonnée à 1 (une part deux fois la part « équitable » vaut le maximum).",
            weights => weights.ValueShare, components => components.ValueShare),
        ("financialHealth", "Santé financière",
            "Moyenne de trois mesures : pas de découvert, BFR sous 180 jours de CA, part des capitaux propres dans le total du bilan.",
            weights => weights.FinancialHealth, components => components.FinancialHealth),
        ("customerQuality", "Qualité client et crédit",
            "Moyenne du taux de service (commandes livrées) et de 1 − 20 × taux d'impayés.",
            weights => weights.CustomerQuality, components => components.CustomerQuality),
        ("socialClimate", "Climat social",
            "Moyenne de la motivation, de la satisfaction des commerciaux et de 1 − 4 × taux de départs.",
            weights => weights.SocialClimate, components => components.SocialClimate),
    ];
}
