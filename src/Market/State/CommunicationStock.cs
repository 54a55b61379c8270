namespace NrcGame.Market;

/// <summary>Normalised adstocks of one segment (market-model.md §2.3): 1 = steady state at the reference spend.</summary>
/// <param name="Media">Media goodwill stock (λ 0.4).</param>
/// <param name="DirectMarketing">Direct-marketing stock (λ 0.2).</param>
/// <param name="Sponsorship">Sponsorship/image stock (λ 0.6).</param>
public sealed record CommunicationStock(double Media, double DirectMarketing, double Sponsorship);
