using NrcGame.Market.Accounting;
using NrcGame.Market.Accounting.Formulas;

namespace NrcGame.Grains.Distributors;

/// <summary>A distributor's margin on one firm's brand in a turn.</summary>
/// <param name="Terms">The firm's listing, terms and sell-in.</param>
/// <param name="Margin">The distributor's commercial margin on the brand: sell-in × its taux de marge.</param>
[GenerateSerializer, Immutable]
public sealed record DistributorFirmView([property: Id(0)] DistributorFirmTerms Terms, [property: Id(1)] decimal Margin);

/// <summary>A distributor as the teacher (or, for its own line, a firm) sees it after a turn.</summary>
/// <param name="ChannelId">The channel.</param>
/// <param name="Name">Its French name.</param>
/// <param name="Turn">The turn.</param>
/// <param name="MarginRate">Its taux de marque on the shelf price HT.</param>
/// <param name="MarkupRate">The same margin as a taux de marge on its purchase cost.</param>
/// <param name="Firms">Each firm's listing, terms and the margin it left the distributor.</param>
/// <param name="SellInHt">What it bought from all firms (HT).</param>
/// <param name="Margin">Its commercial margin on all firms' brands.</param>
[GenerateSerializer, Immutable]
public sealed record DistributorView(
    [property: Id(0)] string ChannelId,
    [property: Id(1)] string Name,
    [property: Id(2)] int Turn,
    [property: Id(3)] decimal MarginRate,
    [property: Id(4)] decimal MarkupRate,
    [property: Id(5)] IReadOnlyList<DistributorFirmView> Firms,
    [property: Id(6)] decimal SellInHt,
    [property: Id(7)] decimal Margin)
{
    /// <summary>
    /// The view of <paramref name="turn"/>: the shelf price HT is the purchase cost / (1 − taux de marque),
    /// so the margin on what the distributor bought is the purchase cost × taux de marge (market-model.md §7.1).
    /// </summary>
    public static DistributorView From(DistributorTurn turn)
    {
        var marginRate = (decimal)turn.Channel.IntermediaryMargin;
        var markupRate = PricingFormulas.MarkupRateFromMarginRate(marginRate);
        var firms = turn.Firms.Select(terms => new DistributorFirmView(terms, Money.RoundToCents(terms.SellInHt * markupRate))).ToList();
        return new DistributorView(turn.Channel.Id, turn.Channel.Name, turn.Turn, marginRate, markupRate, firms,
            firms.Sum(firm => firm.Terms.SellInHt), firms.Sum(firm => firm.Margin));
    }
}
