namespace NrcGame.Market;

/// <summary>One point of the demand-versus-price curve: the firm's list price and what the engine gives it.</summary>
/// <param name="ListPrice">List price HT of the segment tried.</param>
/// <param name="Demand">Firm demand of the segment (units, before the stock constraint).</param>
/// <param name="UnitsSold">Units sold (after the stock constraint).</param>
public sealed record PricePoint(decimal ListPrice, double Demand, long UnitsSold);
