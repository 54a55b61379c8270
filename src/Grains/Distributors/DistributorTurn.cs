using NrcGame.Grains.Firms;
using NrcGame.Grains.Games;
using NrcGame.Market;

namespace NrcGame.Grains.Distributors;

/// <summary>What one firm did with one distributor in a turn: the listing it obtained, the trade terms it granted, what it sold in.</summary>
/// <param name="FirmId">The firm.</param>
/// <param name="Listing">DV per territory after the turn (the share of the channel's outlets, weighted, that list the brand).</param>
/// <param name="Dn">Distribution numérique in effect this turn, averaged over territories.</param>
/// <param name="Dv">Distribution valeur in effect this turn, averaged over territories.</param>
/// <param name="Discount">Remise rate granted on the invoice.</param>
/// <param name="Trade">Listing fees, coopération commerciale, têtes de gondole and PLV granted.</param>
/// <param name="Units">Units the distributor bought and sold on.</param>
/// <param name="SellInHt">What the distributor paid the firm: the firm's net revenue HT in the channel.</param>
[GenerateSerializer, Immutable]
public sealed record DistributorFirmTerms(
    [property: Id(0)] string FirmId,
    [property: Id(1)] IReadOnlyList<CellStock> Listing,
    [property: Id(2)] double Dn,
    [property: Id(3)] double Dv,
    [property: Id(4)] decimal Discount,
    [property: Id(5)] TradeDecision Trade,
    [property: Id(6)] long Units,
    [property: Id(7)] decimal SellInHt);

/// <summary>
/// A distributor (one intermediated channel: hyper and supermarkets, proximity, wholesalers,
/// marketplace) in one resolved turn: its terms as the market defined them then, and each firm's
/// listing, trade terms and sell-in.
/// </summary>
/// <param name="Turn">The turn resolved.</param>
/// <param name="Channel">The channel as in force that turn (its taux de marque, listing hurdle…).</param>
/// <param name="Firms">Each firm's listing and terms, in firm id order.</param>
[GenerateSerializer, Immutable]
public sealed record DistributorTurn(
    [property: Id(0)] int Turn,
    [property: Id(1)] ChannelDefinition Channel,
    [property: Id(2)] IReadOnlyList<DistributorFirmTerms> Firms) : ITurnKeyed
{
    /// <summary>Whether a channel has a distributor of its own (every channel except the firm's direct sales).</summary>
    public static bool IsDistributor(ChannelDefinition channel) => channel.Kind != ChannelKind.Direct;

    /// <summary>The distributor's part of a resolved turn.</summary>
    public static DistributorTurn From(ChannelDefinition channel, int turn, IReadOnlyDictionary<string, FirmTurnEntry> entries, TurnOutcome outcome) => new(
        turn,
        channel,
        outcome.Firms.OrderBy(firm => firm.Key, StringComparer.Ordinal).Select(firm =>
        {
            var (firmId, result) = (firm.Key, firm.Value);
            var pricing = entries[firmId].Decisions.Pricing;
            var distribution = result.Dashboard.Distribution.FirstOrDefault(cell => cell.Channel == channel.Id);
            var cells = result.Sales.Cells.Where(cell => cell.Channel == channel.Id).ToList();
            return new DistributorFirmTerms(
                firmId,
                result.NextState.Distribution.Where(cell => cell.Channel == channel.Id).ToList(),
                distribution?.Dn ?? 0,
                distribution?.Dv ?? 0,
                pricing.Discount.TryGetValue(channel.Id, out var discount) ? discount : 0m,
                entries[firmId].Decisions.Promotion.Trade.TryGetValue(channel.Id, out var trade) ? trade : new TradeDecision(),
                cells.Sum(cell => cell.UnitsSold),
                cells.Sum(cell => cell.RevenueHt));
        }).ToList());
}
