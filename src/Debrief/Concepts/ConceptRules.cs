namespace NrcGame.Debrief;

/// <summary>Every concept rule, and the cards of a team's history.</summary>
public static class ConceptRules
{
    /// <summary>The rules, grouped by référentiel section.</summary>
    public static IReadOnlyList<ConceptRule> All { get; } =
    [
        new CoordinationRule(),
        new EnvironmentChangeRule(),
        new SalesforceStructureRule(),
        new ManagementStyleRule(),
        new TeamBelowTalleyRule(),
        new DismissalCostRule(),
        new ObjectiveGapRule(),
        new CommissionOnlyRule(),
        new QuotaPotentialRule(),
        new StimulationSpikeRule(),
        new PayCutDeparturesRule(),
        new TrainingRule(),
        new TradeWithoutListingGainRule(),
        new MarginErosionRule(),
        new ClientRiskPolicyRule(),
        new PaymentTermsRiskRule(),
        new PriceVarianceRule(),
    ];

    /// <summary>Every card of <paramref name="history"/>, ordered by first turn concerned then by rule.</summary>
    public static IReadOnlyList<ConceptCard> Detect(TeamHistory history) =>
        All.SelectMany(rule => rule.Detect(history)).OrderBy(card => card.Turns.Count == 0 ? 0 : card.Turns.Min()).ToList();
}
