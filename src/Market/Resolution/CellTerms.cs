namespace NrcGame.Market;

/// <summary>The attraction terms of one firm in one cell, kept as values until the result is built (class-weighted).</summary>
internal struct CellTerms
{
    public double BuyerPrice;
    public double PriceIndex;
    public double PriceTerm;
    public double Value;
    public double Coverage;
    public double Stock;
    public double SalesforceIndex;
    public double Distribution;
    public double DistributionTerm;
    public double TradeIndex;
    public double Attraction;
}
