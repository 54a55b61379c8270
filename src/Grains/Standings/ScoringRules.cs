using NrcGame.Grains.Games;
using NrcGame.Market;

namespace NrcGame.Grains.Standings;

/// <summary>What valid teacher-set scoring weights and catch-up rule are, with a French message per broken rule.</summary>
public static class ScoringRules
{
    /// <summary>Largest gap allowed between the sum of the weights and 100 % (rounding of percentages typed by hand).</summary>
    public const double SumTolerance = 0.0005;

    /// <summary>Every broken rule; empty when the weights (null = the scenario's) and the rule are valid.</summary>
    public static IReadOnlyList<FieldError> Check(ScoringWeights? weights, CatchUpRule? catchUp)
    {
        var errors = new List<FieldError>();
        if (weights is not null)
        {
            var sum = 0.0;
            foreach (var criterion in ScoreCriteria.All)
            {
                var weight = criterion.Weight(weights);
                if (double.IsNaN(weight) || weight is < 0 or > 1)
                    errors.Add(new($"scoring.{criterion.Id}", $"Poids « {criterion.Label} » : {weight * 100:0.#} % est hors de la plage autorisée (0 % – 100 %)."));
                else
                    sum += weight;
            }
            if (errors.Count == 0 && Math.Abs(sum - 1) > SumTolerance)
                errors.Add(new("scoring", $"Poids du score : leur total fait {sum * 100:0.#} %, il doit faire exactement 100 %."));
        }
        if (catchUp is { Enabled: true } rule && rule.Rate is <= 0 or > 1)
            errors.Add(new("catchUp.rate", $"Bonus de progression : {rule.Rate * 100:0.#} % est hors de la plage autorisée (1 % – 100 % des points gagnés)."));
        return errors;
    }
}
