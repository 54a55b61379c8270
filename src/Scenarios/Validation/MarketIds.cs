namespace NrcGame.Scenarios;

/// <summary>The ids a market declares, against which every reference is checked.</summary>
/// <param name="Segments">Segment ids.</param>
/// <param name="Territories">Territory ids.</param>
/// <param name="Channels">Channel ids.</param>
/// <param name="CreditClasses">Credit class ids.</param>
internal sealed record MarketIds(HashSet<string> Segments, HashSet<string> Territories, HashSet<string> Channels, HashSet<string> CreditClasses);
