using NrcGame.Market.Accounting;

namespace NrcGame.Market;

/// <summary>
/// The external charges a firm's decisions imply (market-model.md §8.2 step 12): overheads, training, studies,
/// agent fees, listing fees, coopération commerciale (% of sell-in), media, direct marketing, sponsorship,
/// têtes de gondole/PLV, stimulation, consumer promotions, visit expenses, recruiting, credit insurance.
/// Shared by the resolution and the pro-forma.
/// </summary>
internal static class ExternalCharges
{
    /// <summary>Charges that do not depend on the market's answer (the pro-forma's certain costs).</summary>
    public static IEnumerable<ExternalCharge> Certain(FirmState state, FirmDecisions decisions, MarketScenario scenario, int headcount)
    {
        var promotion = decisions.Promotion;
        yield return new(ExternalChargeKind.Overheads, AccountNumbers.Rentals, "Frais généraux (loyers, informatique, administration)", state.OverheadsPerQuarter, true, false);
        yield return new(ExternalChargeKind.Training, AccountNumbers.MiscellaneousServices, "Formation des commerciaux",
            Bookkeeping.Cents((decimal)decisions.Staffing.TrainingDaysPerRep * headcount * scenario.Salesforce.TrainingCostPerDay), true, false);
        yield return new(ExternalChargeKind.Studies, AccountNumbers.MiscellaneousServices, "Études de marché", decisions.Studies.Count * scenario.Finance.MarketStudyCost, true, false);
        yield return new(ExternalChargeKind.ListingFees, AccountNumbers.IntermediaryFees, "Droits de référencement", promotion.Trade.Values.Sum(trade => trade.ListingFees), true, false);
        yield return new(ExternalChargeKind.Communication, AccountNumbers.Advertising, "Publicité média, marketing direct et parrainage",
            promotion.Media.Values.Sum() + promotion.DirectMarketing.Values.Sum() + promotion.Sponsorship.Values.Sum(), true, false);
        yield return new(ExternalChargeKind.Display, AccountNumbers.Advertising, "Têtes de gondole et PLV", promotion.Trade.Values.Sum(trade => trade.DisplaySpend), true, false);
        yield return new(ExternalChargeKind.Stimulation, AccountNumbers.Advertising, "Stimulation de la force de vente (challenges, concours)", decisions.Remuneration.StimulationBudget, true, false);
    }

    /// <summary>All external charges of the resolved quarter.</summary>
    public static IEnumerable<ExternalCharge> Of(FirmWork firm, MarketLayout layout, FirmBooks books)
    {
        var scenario = layout.Scenario;
        foreach (var charge in Certain(firm.State, firm.Decisions, scenario, firm.Reps.Count)) yield return charge;
        yield return new(ExternalChargeKind.Recruiting, AccountNumbers.RecruitmentCosts, "Frais de recrutement", firm.RecruitingCost, true, false);
        yield return new(ExternalChargeKind.VisitExpenses, AccountNumbers.TravelExpenses, "Frais de visite des commerciaux", firm.VisitExpenses, true, false);
        yield return new(ExternalChargeKind.AgentFees, AccountNumbers.IntermediaryFees, "Commissions des agents commerciaux", firm.AgentFees, true, true);
        yield return new(ExternalChargeKind.Cooperation, AccountNumbers.IntermediaryFees, "Coopération commerciale (marges arrière)", Cooperation(firm, layout, books), true, true);
        yield return new(ExternalChargeKind.ConsumerPromotion, AccountNumbers.Advertising, "Promotions consommateurs", ConsumerPromotion(firm, layout), true, true);
        if (firm.Decisions.Pricing.CreditInsurance)
            yield return new(ExternalChargeKind.CreditInsurance, AccountNumbers.Insurance, "Prime d'assurance-crédit", Bookkeeping.Cents(books.InvoicedTtc * scenario.Finance.CreditInsurancePremium), false, true);
    }

    private static decimal Cooperation(FirmWork firm, MarketLayout layout, FirmBooks books)
    {
        decimal total = 0;
        foreach (var cell in layout.Cells)
        {
            if (firm.Decisions.Promotion.Trade.TryGetValue(layout.Channel(cell).Id, out var trade))
                total += Bookkeeping.Cents(books.Revenue[cell.Index] * trade.CooperationRate);
        }
        return total;
    }

    /// <summary>The firm refunds the retailer the promotion δ on the shelf price HT of every unit sold to consumers.</summary>
    private static decimal ConsumerPromotion(FirmWork firm, MarketLayout layout)
    {
        decimal total = 0;
        var classes = layout.ClassCount;
        foreach (var cell in layout.Cells)
        {
            var segment = layout.Segment(cell);
            if (segment.Kind != SegmentKind.B2C || !firm.Decisions.Pricing.Promotion.TryGetValue(segment.Id, out var delta) || delta <= 0) continue;
            var channel = layout.Channel(cell);
            var discount = firm.Decisions.Pricing.Discount.TryGetValue(channel.Id, out var rate) ? rate : 0m;
            var shelf = firm.ListPrice[cell.Segment] * (1 - discount) / (1 - (decimal)channel.IntermediaryMargin);
            long units = 0;
            for (var g = 0; g < classes; g++) units += firm.Units[cell.Index * classes + g];
            total += Bookkeeping.Cents(units * shelf * delta);
        }
        return total;
    }
}
