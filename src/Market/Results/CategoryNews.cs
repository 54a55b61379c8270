namespace NrcGame.Market;

/// <summary>Public facts about one segment this quarter.</summary>
/// <param name="Segment">Segment id.</param>
/// <param name="Demand">Category demand (units, all firms).</param>
/// <param name="UnitsSold">Units sold by all firms.</param>
/// <param name="RevenueHt">Revenue HT of all firms.</param>
/// <param name="AveragePrice">Average net price HT per unit.</param>
/// <param name="Seasonality">Seasonal coefficient of the quarter.</param>
public sealed record CategoryNews(string Segment, double Demand, long UnitsSold, decimal RevenueHt, decimal AveragePrice, double Seasonality);
