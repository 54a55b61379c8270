using NrcGame.Market;

namespace NrcGame.Scenarios;

/// <summary>
/// Checks a <see cref="MarketScenario"/>: structure (ids unique, references to known segments, territories,
/// channels and credit classes, shares summing to 1), every range of market-model.md §8.4, the legal rules
/// (<see cref="LegalRules"/>) and the initial decisions (<see cref="DecisionRules.Validate"/>). Pure; reports every
/// error at once, with paths in the syntax of <see cref="ParameterPath"/>.
/// </summary>
public static class MarketValidator
{
    /// <summary>Validates <paramref name="market"/>; <paramref name="file"/> is written in front of every message.</summary>
    public static IReadOnlyList<ScenarioError> Validate(MarketScenario market, string file)
    {
        var errors = new ErrorCollector(file);
        Check(market, errors);
        return errors.Errors;
    }

    /// <summary>Adds the errors of <paramref name="market"/> to <paramref name="errors"/>.</summary>
    internal static void Check(MarketScenario market, ErrorCollector errors)
    {
        errors.Required("id", market.Id);
        errors.InRange("turnCount", market.TurnCount, new NumericRange(6, 12, RangeUnit.Quarters));
        errors.InRange("firstQuarter", market.FirstQuarter, new NumericRange(1, 4));
        var ids = new MarketIds(
            Segments: errors.Ids("segments", market.Segments.Select(segment => segment.Id)),
            Territories: errors.Ids("territories", market.Territories.Select(territory => territory.Id)),
            Channels: errors.Ids("channels", market.Channels.Select(channel => channel.Id)),
            CreditClasses: errors.Ids("creditClasses", market.CreditClasses.Select(credit => credit.Id)));
        RequireSome(errors, "segments", market.Segments.Count, "segment");
        RequireSome(errors, "territories", market.Territories.Count, "secteur");
        RequireSome(errors, "channels", market.Channels.Count, "canal");
        RequireSome(errors, "creditClasses", market.CreditClasses.Count, "classe de clients");
        if (market.Outlook.Count > market.TurnCount)
            errors.Add("outlook", $"{market.Outlook.Count} valeurs de conjoncture pour {market.TurnCount} tours : une valeur par tour au plus.");
        for (var turn = 1; turn <= market.Outlook.Count; turn++)
            errors.InRange($"outlook[{turn}]", market.Outlook[turn - 1], new NumericRange(0.5, 1.5));
        foreach (var credit in market.CreditClasses)
        {
            var path = $"creditClasses[{credit.Id}]";
            errors.InRange($"{path}.paymentDelayDays", credit.PaymentDelayDays, new NumericRange(0, 120, RangeUnit.Days));
            errors.InRange($"{path}.defaultProbability", credit.DefaultProbability, new NumericRange(0, 0.2, RangeUnit.Fraction));
            errors.InRange($"{path}.costOfFunds", credit.CostOfFunds, new NumericRange(0, 0.5, RangeUnit.Fraction));
        }
        foreach (var segment in market.Segments) SegmentValidator.Check(segment, ids, errors);
        NetworkValidator.Check(market, ids, errors);
        SalesforceValidator.Check(market.Salesforce, errors);
        FinanceValidator.Check(market.Finance, errors);
        CheckScoring(market.Scoring, errors);
        StartValidator.Check(market, ids, errors);
    }

    private static void RequireSome(ErrorCollector errors, string path, int count, string what)
    {
        if (count == 0) errors.Add(path, $"le marché doit compter au moins un {what}.");
    }

    private static void CheckScoring(ScoringWeights scoring, ErrorCollector errors)
    {
        var weights = new (string Name, double Value)[]
        {
            ("profit", scoring.Profit), ("valueShare", scoring.ValueShare), ("financialHealth", scoring.FinancialHealth),
            ("customerQuality", scoring.CustomerQuality), ("socialClimate", scoring.SocialClimate),
        };
        foreach (var (name, value) in weights) errors.InRange($"scoring.{name}", value, new NumericRange(0, 1, RangeUnit.Fraction));
        errors.SumsTo("scoring", weights.Select(weight => weight.Value), 1, "des poids du score");
    }
}
