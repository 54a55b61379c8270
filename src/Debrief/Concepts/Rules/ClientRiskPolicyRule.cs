namespace NrcGame.Debrief;

/// <summary>S521 — the team changed its client risk policy: credit classes accepted or credit insurance.</summary>
public sealed class ClientRiskPolicyRule : ConceptRule
{
    /// <inheritdoc/>
    public override string Id => "gestion-risque-client";

    /// <inheritdoc/>
    public override string SectionId => "S521";

    /// <inheritdoc/>
    public override string Title => "Sélectionner ou assurer ses clients : la gestion du risque client";

    /// <inheritdoc/>
    public override IReadOnlyList<string> QuotedLineStarts => ["La mesure du risque client", "La gestion du risque client"];

    /// <inheritdoc/>
    public override IReadOnlyList<string> Questions =>
    [
        "Quel chiffre d'affaires avez-vous abandonné, et quelles pertes sur créances avez-vous évitées ?",
        "Comment évaluer la solvabilité d'un client avant de lui accorder un délai de paiement ?",
        "Quelle autre protection (plafond de crédit, acompte, affacturage, assurance-crédit) aurait convenu ?",
    ];

    /// <inheritdoc/>
    protected override IEnumerable<Finding> Find(TeamHistory history)
    {
        foreach (var (before, now) in Pairs(history))
        {
            var (old, current) = (before.Decisions.Pricing, now.Decisions.Pricing);
            if (old.AcceptedCreditClasses.Order(StringComparer.Ordinal).SequenceEqual(current.AcceptedCreditClasses.Order(StringComparer.Ordinal), StringComparer.Ordinal)
                && old.CreditInsurance == current.CreditInsurance) continue;
            yield return new Finding([before.Turn, now.Turn],
            [
                $"Trimestre {now.Turn} : classes de clients acceptées {Classes(old)} → {Classes(current)} ; assurance-crédit {YesNo(old.CreditInsurance)} → {YesNo(current.CreditInsurance)}.",
                $"Encours clients {French.Euros(Outstanding(before.Result))} → {French.Euros(Outstanding(now.Result))} ; perte attendue {French.Euros(before.Result.Risk.ExpectedLoss)} → "
                + $"{French.Euros(now.Result.Risk.ExpectedLoss)} ; pertes sur créances {French.Euros(before.Result.Risk.WrittenOff)} → {French.Euros(now.Result.Risk.WrittenOff)} ; "
                + $"CA HT {French.Euros(before.Result.Sales.RevenueHt)} → {French.Euros(now.Result.Sales.RevenueHt)}.",
            ]);
        }
    }

    private static string Classes(PricingDecisions pricing) => pricing.AcceptedCreditClasses.Count == 0 ? "aucune" : string.Join(", ", pricing.AcceptedCreditClasses.Order(StringComparer.Ordinal));

    private static string YesNo(bool value) => value ? "oui" : "non";

    private static decimal Outstanding(FirmTurnResult result) => result.Risk.Exposures.Sum(exposure => exposure.Outstanding);
}
