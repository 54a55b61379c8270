namespace NrcGame.Market;

/// <summary>
/// Step 6 of market-model.md §8.2, the price the buyer compares (before a temporary promotion):
/// B2C through a retailer <c>[P_net/(1 − tm) − pt·deal]·(1 + TVA)</c> with deal = coopération × P_net;
/// B2B direct <c>P_net·(1 − r_g·T/360)</c> (present value of the terms for a client of class g);
/// B2B through an intermediary <c>P_net/(1 − tm) − pt·deal</c> (the intermediary's own terms are fixed).
/// </summary>
public static class BuyerPrice
{
    /// <summary>The buyer's price for one unit.</summary>
    /// <param name="segment">Segment (B2C buyers see TTC).</param>
    /// <param name="channel">Channel (intermediary margin).</param>
    /// <param name="credit">Client credit class (B2B direct: cost of funds).</param>
    /// <param name="listPrice">List price HT.</param>
    /// <param name="discount">Remise granted to the channel.</param>
    /// <param name="cooperation">Coopération commerciale rate (per-unit trade deal).</param>
    /// <param name="termsDays">Payment terms T in days.</param>
    public static double Of(SegmentDefinition segment, ChannelDefinition channel, CreditClassDefinition credit, decimal listPrice, decimal discount, decimal cooperation, double termsDays)
    {
        var net = (double)listPrice * (1 - (double)discount);
        if (channel.Kind == ChannelKind.Direct)
            return segment.Kind == SegmentKind.B2B ? net * (1 - credit.CostOfFunds * termsDays / 360) : net * (1 + (double)segment.VatRate);
        var shelf = net / (1 - channel.IntermediaryMargin) - segment.Parameters.PassThrough * (double)cooperation * net;
        return segment.Kind == SegmentKind.B2C ? shelf * (1 + (double)segment.VatRate) : shelf;
    }

    /// <summary>P_ref of a cell: the buyer price of a reference firm (reference list price and remise, no deal, reference terms).</summary>
    public static double Reference(SegmentDefinition segment, ChannelDefinition channel, CreditClassDefinition credit, FinanceParameters finance) =>
        Of(segment, channel, credit, segment.ReferencePrice, channel.ReferenceDiscount, 0m, finance.ReferencePaymentTermsDays);
}
