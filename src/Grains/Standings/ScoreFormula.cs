using NrcGame.Market;

namespace NrcGame.Grains.Standings;

/// <summary>
/// The composite score as published to students: score = Σ 100 × weight × criterion (each criterion on
/// 0–1), plus the catch-up bonus when the game declares one.
/// </summary>
/// <param name="Criteria">The five criteria with their weights.</param>
/// <param name="CatchUp">The declared catch-up rule (possibly off).</param>
/// <param name="Text">The formula in one French line.</param>
/// <param name="CatchUpText">The catch-up rule in one French sentence.</param>
[GenerateSerializer, Immutable]
public sealed record ScoreFormula(
    [property: Id(0)] IReadOnlyList<ScoreCriterion> Criteria,
    [property: Id(1)] CatchUpRule CatchUp,
    [property: Id(2)] string Text,
    [property: Id(3)] string CatchUpText)
{
    /// <summary>The formula of a game scored with <paramref name="weights"/> under <paramref name="catchUp"/>.</summary>
    public static ScoreFormula Of(ScoringWeights weights, CatchUpRule catchUp)
    {
        var criteria = ScoreCriteria.All
            .Select(criterion => new ScoreCriterion(criterion.Id, criterion.Label, Math.Round((decimal)criterion.Weight(weights), 4), criterion.HowMeasured))
            .ToList();
        var sum = string.Join(" + ", criteria.Select(criterion => $"{criterion.Weight * 100:0.#} × {criterion.Label.ToLowerInvariant()}"));
        var text = $"Score (sur 100) = {sum}" + (catchUp.Enabled ? " + bonus de progression" : "");
        return new ScoreFormula(criteria, catchUp, text, catchUp.Describe());
    }
}
